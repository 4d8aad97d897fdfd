from whs_app.cli import main

main()
