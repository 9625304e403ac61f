"""One module per command, each defining `app`; tipcli.app lists them and imports one when it runs."""
