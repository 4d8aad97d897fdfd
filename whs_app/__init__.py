"""whs core: the order-to-parcel domain, its store and services, and the `whs` CLI. No Qt here."""

__version__ = "0.1.0"
