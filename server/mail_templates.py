"""The portal's e-mails in each language it writes (nl, de, en, fr).

A message is written in its recipient's language: a user's own, or Dutch for the
manufacturer's teams.
"""

from __future__ import annotations

from string import Template

FALLBACK = "en"
TEAM_LANGUAGE = "nl"

# name -> language -> (subject, body); $names are filled by ``render``.
TEMPLATES: dict[str, dict[str, tuple[str, str]]] = {
    "webshop_activation": {
        "en": (
            "Webshop activation requested: $company",
            "$name <$email> of $company (customer $customer) asks for access to the "
            "webshop.\n\nReason:\n$reason\n",
        ),
        "nl": (
            "Activering webshop aangevraagd: $company",
            "$name <$email> van $company (klant $customer) vraagt toegang tot de "
            "webshop.\n\nReden:\n$reason\n",
        ),
        "de": (
            "Webshop-Freischaltung beantragt: $company",
            "$name <$email> von $company (Kunde $customer) bittet um Zugang zum "
            "Webshop.\n\nBegründung:\n$reason\n",
        ),
        "fr": (
            "Demande d'activation de la boutique en ligne : $company",
            "$name <$email> de $company (client $customer) demande l'accès à la "
            "boutique en ligne.\n\nMotif :\n$reason\n",
        ),
    },
}


def render(template: str, language: str, **values: str) -> tuple[str, str]:
    """Subject and body of ``template`` in ``language`` (English if not written)."""
    versions = TEMPLATES[template]
    subject, body = versions.get(language, versions[FALLBACK])
    return Template(subject).substitute(values), Template(body).substitute(values)
