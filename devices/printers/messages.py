"""What to tell the packer or the IT person for each known printer problem.

Each entry is (error kind, Simplified Chinese, English). Placeholders: {target} the printer's
connection URI, {detail} the underlying error text, and per entry the names shown.
"""
from __future__ import annotations

MAY_HAVE_PRINTED = (
    "已发出 {sent} 字节：这份任务可能已部分或全部打出，不会自动重发；请先核对，再决定是否补打。",
    " {sent} bytes were already sent: this job may have printed in part or in full, so it "
    "will not be re-sent automatically; check it, then reprint on purpose if needed.",
)

MESSAGES: dict[str, tuple[str, str, str]] = {
    "refused": (
        "offline",
        "打印机 {target} 拒绝连接：打印机离线、没开机，或 IP 地址/端口写错了。",
        "Printer {target} refused the connection: it is offline, switched off, or the IP "
        "address/port is wrong.",
    ),
    "unreachable": (
        "offline",
        "连不上打印机 {target}：请检查电源、网线和 IP 地址（{detail}）。",
        "Cannot reach printer {target}: check its power, network cable and IP address "
        "({detail}).",
    ),
    "host_unknown": (
        "offline",
        "打印机地址 {target} 里的主机名解析不了：请改用 IP 地址或检查名称（{detail}）。",
        "The host name of printer {target} cannot be resolved: use its IP address or fix the "
        "name ({detail}).",
    ),
    "not_found": (
        "offline",
        "找不到打印机 {target}：请检查线缆和电源，以及设备名是否写对（{detail}）。",
        "Printer {target} was not found: check the cable, the power and the device name "
        "({detail}).",
    ),
    "usb_not_found": (
        "offline",
        "没有找到 USB 打印机 {target}：请检查 USB 线和电源；用 `whs printers scan-usb` "
        "列出已接的打印机和它们的 VID:PID。",
        "USB printer {target} was not found: check the USB cable and the power; "
        "`whs printers scan-usb` lists the printers attached and their VID:PID.",
    ),
    "closed_by_printer": (
        "offline",
        "打印机 {target} 关闭了连接：它可能刚重启、被关机，或正被另一台电脑占用。",
        "Printer {target} closed the connection: it may have restarted or been switched off, "
        "or another computer is using it.",
    ),
    "connection_lost": (
        "connection_lost",
        "发送途中与打印机 {target} 的连接断了（{detail}）。",
        "The connection to printer {target} was lost while sending ({detail}).",
    ),
    "device_gone": (
        "connection_lost",
        "发送途中打印机 {target} 不见了：USB 线被拔掉或打印机断电了（{detail}）。",
        "Printer {target} disappeared while sending: the USB cable was pulled or the printer "
        "lost power ({detail}).",
    ),
    "connect_timeout": (
        "timeout_before_send",
        "连接打印机 {target} 超时（{timeout} 秒）：打印机可能离线或网络不通。"
        "这份任务一个字节也没发出。",
        "Connecting to printer {target} timed out after {timeout} s: it may be offline or the "
        "network is down. Nothing of this job was sent.",
    ),
    "write_timeout": (
        "timeout_during_send",
        "向打印机 {target} 发送数据超时（{timeout} 秒没有进展）："
        "可能卡纸、缺纸、开盖或缓冲区已满。",
        "Sending to printer {target} timed out (no progress for {timeout} s): it may be "
        "jammed, out of paper, open, or its buffer is full.",
    ),
    "usb_busy": (
        "busy",
        "USB 打印机 {target} 被占用（Resource busy）。Linux 上通常是内核的 usblp 驱动占着它："
        "临时可执行 `sudo rmmod usblp`；长期办法是把 `blacklist usblp` 写进 "
        "/etc/modprobe.d/blacklist-usblp.conf 后重启，或用 udev 规则让 usblp 不绑定这台打印机。"
        "也可能是 CUPS 或另一个程序正在用它。",
        "USB printer {target} is busy (\"Resource busy\"). On Linux the kernel's usblp driver "
        "usually holds it: run `sudo rmmod usblp` for now; for good, add `blacklist usblp` to "
        "/etc/modprobe.d/blacklist-usblp.conf and reboot, or unbind usblp from this printer "
        "with a udev rule. Otherwise CUPS or another program has it open.",
    ),
    "port_busy": (
        "busy",
        "{target} 被另一个程序占用（{detail}）：请关闭其他串口工具或打印软件。",
        "{target} is in use by another program ({detail}): close other serial tools or "
        "printing software.",
    ),
    "no_usb_backend": (
        "no_backend",
        "找不到 libusb，无法使用 USB 打印机。Windows：安装 libusb-package（pip install "
        "libusb-package，自带 libusb-1.0.dll），并用 Zadig 给打印机安装 WinUSB 驱动；"
        "Linux：安装 libusb-1.0-0。",
        "No libusb backend was found, so USB printers cannot be used. Windows: install the "
        "libusb-package wheel (pip install libusb-package; it ships libusb-1.0.dll) and use "
        "Zadig to install the WinUSB driver for the printer; Linux: install libusb-1.0-0.",
    ),
    "no_pycups": (
        "no_backend",
        "没有安装 pycups，无法通过 CUPS 打印 {target}：pip install pycups（需要 libcups2-dev）。",
        "pycups is not installed, so {target} cannot print through CUPS: pip install pycups "
        "(needs libcups2-dev).",
    ),
    "no_pywin32": (
        "no_backend",
        "没有安装 pywin32，无法通过 Windows 打印队列打印 {target}："
        "pip install pywin32（仅 Windows）。",
        "pywin32 is not installed, so {target} cannot print through a Windows print queue: "
        "pip install pywin32 (Windows only).",
    ),
    "wrong_driver": (
        "wrong_driver",
        "打印机 {target} 当前的 Windows 驱动不允许直接访问（{detail}）。"
        "用 Zadig 把这台设备的驱动换成 WinUSB；若要保留 Windows 驱动，请改用 win32://打印机名。",
        "The Windows driver of printer {target} does not allow direct access ({detail}). Use "
        "Zadig to switch this device to WinUSB, or keep the Windows driver and connect with "
        "win32://PRINTER-NAME instead.",
    ),
    "bad_endpoint": (
        "bad_endpoint",
        "打印机 {target} 没有端点 {wanted}。请在连接里设置 in_ep/out_ep，例如 {example}。"
        "找到的端点：{endpoints}",
        "Printer {target} has no endpoint {wanted}. Set in_ep/out_ep in the connection, e.g. "
        "{example}. Endpoints found: {endpoints}",
    ),
    "usb_permission": (
        "permission_denied",
        "没有权限访问 USB 打印机 {target}。Linux：加一条 udev 规则，例如 "
        "SUBSYSTEM==\"usb\", ATTR{{idVendor}}==\"{vid}\", MODE=\"0666\"，然后重新插拔打印机。",
        "No permission to use USB printer {target}. On Linux add a udev rule such as "
        "SUBSYSTEM==\"usb\", ATTR{{idVendor}}==\"{vid}\", MODE=\"0666\" and replug the printer.",
    ),
    "permission": (
        "permission_denied",
        "没有权限打开 {target}（{detail}）。Linux 串口：把用户加入 dialout 组后重新登录。",
        "No permission to open {target} ({detail}). Serial ports on Linux: add the user to the "
        "dialout group and log in again.",
    ),
    "io_error": (
        "io_error",
        "与打印机 {target} 通信出错：{detail}",
        "Error talking to printer {target}: {detail}",
    ),
    "paper_out": (
        "paper_out",
        "打印机 {target} 缺纸：请装纸。",
        "Printer {target} is out of paper: load paper.",
    ),
    "head_open": (
        "head_open",
        "打印机 {target} 的打印头或上盖打开了：请合上。",
        "The print head or cover of printer {target} is open: close it.",
    ),
    "printer_fault": (
        "printer_fault",
        "打印机 {target} 报告故障：{detail}",
        "Printer {target} reports a fault: {detail}",
    ),
    "status_offline": (
        "offline",
        "打印机 {target} 处于离线状态：{detail}",
        "Printer {target} is offline: {detail}",
    ),
}
