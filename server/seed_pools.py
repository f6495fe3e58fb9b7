"""Pools of realistic strings for the demo data: people, places, project references, carriers.

Everything is built once per seed run from a ``random.Random`` the caller owns, so that the
hot loops of the generator only pick from ready-made lists.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

FIRST_NAMES_NL = (
    "Jan", "Pieter", "Kees", "Henk", "Bas", "Ruud", "Sander", "Mark", "Thijs", "Joost",
    "Erik", "Wouter", "Daan", "Lars", "Niels", "Martijn", "Marieke", "Sanne", "Femke", "Lotte",
    "Anouk", "Eva", "Ilse", "Linda", "Marloes", "Esther", "Inge", "Karin", "Petra", "Noor",
)  # fmt: skip
SURNAMES_NL = (
    "de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen",
    "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters",
    "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits",
    "de Graaf", "van der Meer", "van der Linden", "Kok", "Jacobs", "de Haan", "Vermeulen",
    "van den Heuvel", "van der Veen", "van den Broek", "de Bruijn", "Schouten", "Willems",
)  # fmt: skip
FIRST_NAMES_BE = ("Jan", "Els", "Wim", "Katrien", "Tom", "Sofie", "Bart", "An", "Koen", "Lies")
SURNAMES_BE = (
    "Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens",
    "Wouters", "De Smet", "Dubois", "Lambert", "Hermans", "Van Damme",
)  # fmt: skip

# City -> (first, last) four-digit postal code of a plausible range.
CITIES_NL: dict[str, tuple[int, int]] = {
    "Amersfoort": (3811, 3829), "Utrecht": (3511, 3585), "Zeist": (3701, 3709),
    "Leusden": (3831, 3835), "Soest": (3761, 3769), "Baarn": (3741, 3744),
    "Nijkerk": (3861, 3864), "Barneveld": (3771, 3774), "Veenendaal": (3901, 3907),
    "Ede": (6711, 6718), "Hilversum": (1211, 1223), "Apeldoorn": (7311, 7339),
    "Harderwijk": (3841, 3848), "Houten": (3991, 3995), "Woudenberg": (3931, 3931),
    "Bunschoten": (3751, 3751), "Zwolle": (8011, 8043), "Almere": (1311, 1363),
    "Arnhem": (6811, 6846), "Doorn": (3941, 3941),
}  # fmt: skip
CITIES_BE: dict[str, tuple[int, int]] = {
    "Gent": (9000, 9000), "Merelbeke": (9820, 9820), "Lochristi": (9080, 9080),
    "Deinze": (9800, 9800), "Aalst": (9300, 9300), "Eeklo": (9900, 9900),
}  # fmt: skip
STREETS_NL = (
    "Stationsstraat", "Kerkstraat", "Dorpsstraat", "Industrieweg", "Nijverheidsweg",
    "Handelsweg", "Schoolstraat", "Molenweg", "Julianalaan", "Wilhelminastraat",
    "Beatrixlaan", "Prins Bernhardlaan", "Hoofdstraat", "Parallelweg", "Energieweg",
    "Ambachtsweg", "Bosweg", "Eikenlaan", "Lindenlaan", "Zonnebloemstraat",
    "Kastanjelaan", "Vathorsterweg", "Amsterdamseweg", "Utrechtseweg", "Leusderweg",
)  # fmt: skip
STREETS_BE = (
    "Kortrijksesteenweg", "Brusselsesteenweg", "Dorpsstraat", "Kerkstraat", "Stationsstraat",
    "Nieuwstraat", "Molenstraat", "Industriepark", "Oudenaardsesteenweg", "Gentweg",
)  # fmt: skip

PROJECT_TEMPLATES = (
    "Nieuwbouw {n} woningen {city}",
    "Renovatie {n} appartementen {city}",
    "Kantoorpand {street} {city}",
    "Basisschool {school}, {city}",
    "Verduurzaming woningcorporatie {city} fase {phase}",
    "Zorgcentrum {school}, {city}",
    "Bedrijfshal {street} {city}",
    "Sporthal {city}",
)
PRIVATE_TEMPLATES = (
    "Warmtepomp Fam. {surname}, {city}",
    "Airco 3 slaapkamers Fam. {surname}, {city}",
    "Vervanging cv-ketel Fam. {surname}, {city}",
    "Hybride warmtepomp Fam. {surname}, {city}",
    "Airco kantoor {surname} Advocaten, {city}",
    "Ventilatie Fam. {surname}, {city}",
)
SERVICE_TEMPLATES = (
    "Onderhoudscontract {city} {year}",
    "Storing buitenunit Fam. {surname}, {city}",
    "Reparatie warmtepomp Fam. {surname}, {city}",
    "Filtervervanging VvE {street}, {city}",
    "Service serverruimte {surname} B.V., {city}",
)
SCHOOLS = ("De Regenboog", "De Wilg", "Het Kompas", "De Zonnewijzer", "De Linde", "Het Anker")


@dataclass(frozen=True, slots=True)
class Carrier:
    name: str
    tracking_url: str | None  # a template with {tracking}; None: no tracking page
    tracking_prefix: str
    tracking_digits: int


CARRIERS: tuple[Carrier, ...] = (
    Carrier("DHL Freight", "https://track.dhl.example/?id={tracking}", "JVGL", 14),
    Carrier("PostNL Pakketten", "https://jouw.postnl.example/track/{tracking}", "3SNWK", 10),
    Carrier("DPD", "https://tracking.dpd.example/parcel/{tracking}", "0535", 10),
    # The manufacturer's own regional haulier offers no tracking page.
    Carrier("Van der Linden Transport", None, "VDL", 8),
)


def postal_code_nl(rng: random.Random, city: str) -> str:
    low, high = CITIES_NL[city]
    # Dutch postal code letters never use F, I, O, Q, U, Y; avoid the combinations SA/SD/SS.
    letters = "ABCEGHJKLMNPRSTVWXZ"
    pair = "SS"
    while pair in ("SA", "SD", "SS"):
        pair = rng.choice(letters) + rng.choice(letters)
    return f"{rng.randint(low, high)} {pair}"


def person_nl(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES_NL)} {rng.choice(SURNAMES_NL)}"


def person_be(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES_BE)} {rng.choice(SURNAMES_BE)}"


def mobile_nl(rng: random.Random) -> str:
    n = rng.randint(10_000_000, 99_999_999)
    return f"+31 6 {n // 10_000} {n % 10_000:04d}"


def mobile_be(rng: random.Random) -> str:
    pairs = " ".join(str(rng.randint(10, 99)) for _ in range(3))
    return f"+32 4{rng.randint(70, 99)} {pairs}"


def email_for(name: str, domain: str) -> str:
    """'Sanne de Vries' -> 'sanne.devries@domain' (the usual Dutch company style)."""
    first, _, rest = name.lower().partition(" ")
    return f"{first}.{rest.replace(' ', '')}@{domain}"


def street_nl(rng: random.Random) -> str:
    return f"{rng.choice(STREETS_NL)} {rng.randint(1, 180)}"


def reference_pool(
    rng: random.Random,
    templates: tuple[str, ...],
    size: int,
    year: int,
    cities: tuple[str, ...] = tuple(CITIES_NL),
) -> list[str]:
    """Project references or customer names made from templates, for quotes and orders."""
    pool: list[str] = []
    for _ in range(size):
        template = rng.choice(templates)
        pool.append(
            template.format(
                n=rng.choice((4, 6, 8, 12, 16, 18, 24, 32, 48)),
                city=rng.choice(cities),
                street=rng.choice(STREETS_NL),
                school=rng.choice(SCHOOLS),
                phase=rng.randint(1, 4),
                surname=rng.choice(SURNAMES_NL),
                year=year - rng.randint(0, 3),
            )
        )
    return pool
