"""Currencies: names as a narrative writes them, symbols and ISO codes.

Invented or unlisted currencies are recognised by a bracketed "$" conversion after the amount instead.
"""

from __future__ import annotations

from tipcli.importing.lexicon import words

CURRENCIES = words("""dollars euros pesos rupees dinars dirhams riyals rials shillings francs yuan yen baht ringgit taka naira
    cedis kwacha rand lari manat tenge soms lei leva kuna zlotys forints hryvnias rubles roubles lira liras birr
    ariary kyats rupiah dong quetzales colones lempiras bolivianos soles guaranis reais pounds""")
# Nouns of money given or withheld ("did not provide any funding" is a zero amount).
FUNDING_NOUNS = words("funding funds money budget financing") | {"financial support", "financial resources"}
# Pay a fee or debt is measured in when a time span owns it ("two months' wages", "a year's salary").
PAY_NOUNS = words("wages salary salaries pay earnings income")
# A symbol before an amount, and the unit it gives ("$" is written USD, as the corpus labels it).
SYMBOLS = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "₹": "INR", "¥": "JPY", "₦": "NGN", "₱": "PHP"}
# ISO 4217 codes written before or after an amount ("KES 50,000", "12,000 EUR").
ISO_CODES = words("""USD EUR GBP INR KES NGN ZAR GHS UGX TZS ETB PHP IDR MYR THB VND CNY JPY KRW PKR BDT LKR NPR
    MXN BRL ARS COP PEN CLP RUB UAH TRY AED SAR QAR KWD EGP MAD""")
