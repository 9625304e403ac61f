"""tipcli: query the Trafficking in Persons Report 2010 narrative for Mexico."""

__version__ = "0.1.0"
