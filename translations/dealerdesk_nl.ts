<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AppController</name>
    <message>
        <source>Opening the portal…</source>
        <translation>Het portaal wordt geopend…</translation>
    </message>
    <message>
        <source>The portal could not be opened: %1</source>
        <translation>Het portaal kon niet worden geopend: %1</translation>
    </message>
    <message>
        <source>No secure storage</source>
        <translation>Geen beveiligde opslag</translation>
    </message>
    <message>
        <source>This computer has no system keyring, so DealerDesk cannot keep you signed in. You will be asked for your password at the next start.</source>
        <translation>Deze computer heeft geen beveiligde wachtwoordopslag (keyring), dus DealerDesk kan u niet aangemeld houden. Bij de volgende start wordt opnieuw om uw wachtwoord gevraagd.</translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation>Aanmelden mislukt: %1</translation>
    </message>
</context>
<context>
    <name>ColumnDialog</name>
    <message>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <source>Choose columns</source>
        <translation>Kolommen kiezen</translation>
    </message>
    <message>
        <source>Choose the columns to show. Drag them to change their order.</source>
        <translation>Kies de kolommen die u wilt zien. Sleep ze om de volgorde te wijzigen.</translation>
    </message>
    <message>
        <source>Columns to show</source>
        <translation>Weer te geven kolommen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Standaard herstellen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Stukprijs</translation>
    </message>
    <message>
        <source>Net amount</source>
        <translation>Nettobedrag</translation>
    </message>
    <message>
        <source>Quote number</source>
        <translation>Offertenummer</translation>
    </message>
    <message>
        <source>Quote date</source>
        <translation>Offertedatum</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Project reference</source>
        <translation>Projectreferentie</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Geldig tot</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Bestelnummer</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Korting</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Besteldatum</translation>
    </message>
    <message>
        <source>Your reference</source>
        <translation>Uw referentie</translation>
    </message>
    <message>
        <source>Requested delivery date</source>
        <translation>Gewenste leveringsdatum</translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation>Leveringsadres</translation>
    </message>
    <message>
        <source>On-site contact</source>
        <translation>Contactpersoon ter plaatse</translation>
    </message>
    <message>
        <source>Delivery note number</source>
        <translation>Leveringsbonnummer</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>Leveringsdatum</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serienummer</translation>
    </message>
    <message>
        <source>Shipping unit</source>
        <translation>Verzendeenheid</translation>
    </message>
    <message>
        <source>Shipped on</source>
        <translation>Verzonden op</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Vervoerder</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Trackingnummer</translation>
    </message>
    <message>
        <source>Track &amp; Trace</source>
        <translation>Track &amp; Trace</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Factuurnummer</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Factuurdatum</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Btw</translation>
    </message>
    <message>
        <source>Open amount</source>
        <translation>Openstaand bedrag</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Documentnummer</translation>
    </message>
    <message>
        <source>Document date</source>
        <translation>Documentdatum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vervallen</translation>
    </message>
</context>
<context>
    <name>Criteria</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Only overdue</source>
        <translation>Alleen vervallen</translation>
    </message>
    <message>
        <source>Quote number</source>
        <translation>Offertenummer</translation>
    </message>
    <message>
        <source>Quote date</source>
        <translation>Offertedatum</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Bestelnummer</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Besteldatum</translation>
    </message>
    <message>
        <source>Delivery note number</source>
        <translation>Leveringsbonnummer</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>Leveringsdatum</translation>
    </message>
    <message>
        <source>Shipping unit</source>
        <translation>Verzendeenheid</translation>
    </message>
    <message>
        <source>Shipped on</source>
        <translation>Verzonden op</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Factuurnummer</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Factuurdatum</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Documentnummer</translation>
    </message>
    <message>
        <source>Document date</source>
        <translation>Documentdatum</translation>
    </message>
</context>
<context>
    <name>CriteriaPanel</name>
    <message>
        <source>%1 from</source>
        <translation>%1 vanaf</translation>
    </message>
    <message>
        <source>%1 to</source>
        <translation>%1 tot en met</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Elke datum</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Enter an amount such as %1.</source>
        <translation>Voer een bedrag in, bijvoorbeeld %1.</translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <source>This document is no longer available.</source>
        <translation>Dit document is niet meer beschikbaar.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Track &amp;&amp; Trace</source>
        <translation>Track &amp;&amp; Trace</translation>
    </message>
    <message>
        <source>Track &amp; Trace</source>
        <translation>Track &amp; Trace</translation>
    </message>
    <message>
        <source>Open the carrier&apos;s tracking page</source>
        <translation>Trackingpagina van de vervoerder openen</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-bestand (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Voortgang export</translation>
    </message>
    <message>
        <source>Exported %1 of %2 rows…</source>
        <translation>%1 van %2 rijen geëxporteerd…</translation>
    </message>
    <message>
        <source>%1 rows do not fit in an Excel worksheet (at most %2). Export them as CSV or narrow the search.</source>
        <translation>%1 rijen passen niet in een Excel-werkblad (maximaal %2). Exporteer ze als CSV of verfijn de zoekopdracht.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Het bestand kon niet worden geschreven: %1</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Het exporteren is mislukt: %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
</context>
<context>
    <name>LandingPage</name>
    <message>
        <source>Welcome, %1 — %2</source>
        <translation>Welkom, %1 — %2</translation>
    </message>
    <message>
        <source>Your role gives no access to documents. Your company&apos;s delegated administrator can give you a role.</source>
        <translation>Uw rol geeft geen toegang tot documenten. De gedelegeerd beheerder van uw bedrijf kan u een rol toewijzen.</translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message>
        <source>Library</source>
        <translation>Bibliotheek</translation>
    </message>
    <message>
        <source>Technical data of every product. Double-click a product.</source>
        <translation>Technische gegevens van alle producten. Dubbelklik op een product.</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Producten zoeken</translation>
    </message>
    <message>
        <source>Article number, name, category…</source>
        <translation>Artikelnummer, naam, categorie…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Article number</source>
        <translation>Artikelnummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Vermogen</translation>
    </message>
    <message>
        <source>Energy class</source>
        <translation>Energieklasse</translation>
    </message>
    <message>
        <source>Refrigerant</source>
        <translation>Koudemiddel</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Producten</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n producten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>DealerDesk — %1</source>
        <translation>DealerDesk — %1</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigatie</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Startpagina</translation>
    </message>
    <message>
        <source>Account menu</source>
        <translation>Accountmenu</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Nu synchroniseren</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Afmelden</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Synchronisatiestatus</translation>
    </message>
    <message>
        <source>Portal status</source>
        <translation>Portaalstatus</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchroniseren…</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Nog niet gesynchroniseerd</translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation>Laatst gesynchroniseerd: %1</translation>
    </message>
    <message>
        <source>Portal reachable</source>
        <translation>Portaal bereikbaar</translation>
    </message>
    <message>
        <source>Offline: portal unreachable</source>
        <translation>Offline: portaal onbereikbaar</translation>
    </message>
</context>
<context>
    <name>OpenAmountChart</name>
    <message>
        <source>Overdue &gt; 30 days</source>
        <translation>Vervallen &gt; 30 dagen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <source>Due within 30 days</source>
        <translation>Vervalt binnen 30 dagen</translation>
    </message>
    <message>
        <source>Due later</source>
        <translation>Vervalt later</translation>
    </message>
    <message>
        <source>Open amount by due date (€ thousands)</source>
        <translation>Openstaand bedrag per vervaldatum (in € 1.000)</translation>
    </message>
</context>
<context>
    <name>OrdersPerMonthChart</name>
    <message>
        <source>Orders per month</source>
        <translation>Bestellingen per maand</translation>
    </message>
</context>
<context>
    <name>OtherApplications</name>
    <message>
        <source>Stand By Me</source>
        <translation>Stand By Me</translation>
    </message>
    <message>
        <source>Stand By Me needs a one-time registration. Your browser opens its registration page; after registering, sign in there with your portal account.</source>
        <translation>Voor Stand By Me moet u zich eenmalig registreren. Uw browser opent de registratiepagina; meld u na de registratie daar aan met uw portaalaccount.</translation>
    </message>
</context>
<context>
    <name>OtherApplicationsBox</name>
    <message>
        <source>Other applications</source>
        <translation>Andere toepassingen</translation>
    </message>
    <message>
        <source>Webshop</source>
        <translation>Webshop</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliotheek</translation>
    </message>
    <message>
        <source>Stand By Me</source>
        <translation>Stand By Me</translation>
    </message>
</context>
<context>
    <name>OtherApplicationsFlow</name>
    <message>
        <source>Other applications</source>
        <translation>Andere toepassingen</translation>
    </message>
    <message>
        <source>Webshop</source>
        <translation>Webshop</translation>
    </message>
    <message>
        <source>Your activation request has been sent. You will get an e-mail when the webshop is active.</source>
        <translation>Uw activeringsaanvraag is verzonden. U ontvangt een e-mail zodra de webshop actief is.</translation>
    </message>
    <message>
        <source>Your request has been sent. You will get an e-mail when it is active.</source>
        <translation>Uw aanvraag is verzonden. U ontvangt een e-mail zodra de webshop actief is.</translation>
    </message>
</context>
<context>
    <name>PortalError</name>
    <message>
        <source>The e-mail address or password is wrong.</source>
        <translation>Het e-mailadres of wachtwoord is onjuist.</translation>
    </message>
    <message>
        <source>This account has been deactivated. Ask your company&apos;s delegated administrator to reactivate it.</source>
        <translation>Dit account is gedeactiveerd. Vraag de gedelegeerd beheerder van uw bedrijf om het opnieuw te activeren.</translation>
    </message>
    <message>
        <source>This account has not been activated yet. Use the link in your invitation e-mail.</source>
        <translation>Dit account is nog niet geactiveerd. Gebruik de link in uw uitnodigingsmail.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Uw sessie is verlopen. Meld u opnieuw aan.</translation>
    </message>
    <message>
        <source>Your role does not give access to this section.</source>
        <translation>Uw rol geeft geen toegang tot deze rubriek.</translation>
    </message>
    <message>
        <source>Only a delegated administrator can manage the users of your company.</source>
        <translation>Alleen een gedelegeerd beheerder kan de gebruikers van uw bedrijf beheren.</translation>
    </message>
    <message>
        <source>Every company needs at least one delegated administrator; this is the last one.</source>
        <translation>Elk bedrijf heeft ten minste één gedelegeerd beheerder nodig; dit is de laatste.</translation>
    </message>
    <message>
        <source>This user does not exist.</source>
        <translation>Deze gebruiker bestaat niet.</translation>
    </message>
    <message>
        <source>This document does not exist.</source>
        <translation>Dit document bestaat niet.</translation>
    </message>
    <message>
        <source>The page size must be from 1 to 10,000.</source>
        <translation>De paginagrootte moet tussen 1 en 10.000 liggen.</translation>
    </message>
    <message>
        <source>Say why you need the webshop.</source>
        <translation>Geef aan waarom u de webshop nodig hebt.</translation>
    </message>
    <message>
        <source>The reason is too long: use at most 2,000 characters.</source>
        <translation>De reden is te lang: gebruik maximaal 2.000 tekens.</translation>
    </message>
    <message>
        <source>The portal cannot be reached. Check your network connection.</source>
        <translation>Het portaal is niet bereikbaar. Controleer uw netwerkverbinding.</translation>
    </message>
    <message>
        <source>Enter your e-mail address and your password.</source>
        <translation>Voer uw e-mailadres en wachtwoord in.</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>Article number</source>
        <translation>Artikelnummer</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Vermogen</translation>
    </message>
    <message>
        <source>SEER</source>
        <translation>SEER</translation>
    </message>
    <message>
        <source>SCOP</source>
        <translation>SCOP</translation>
    </message>
    <message>
        <source>Energy class</source>
        <translation>Energieklasse</translation>
    </message>
    <message>
        <source>Refrigerant</source>
        <translation>Koudemiddel</translation>
    </message>
    <message>
        <source>Dimensions (W × H × D)</source>
        <translation>Afmetingen (b × h × d)</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>Lijstprijs</translation>
    </message>
    <message>
        <source>Open datasheet</source>
        <translation>Datasheet openen</translation>
    </message>
</context>
<context>
    <name>Products</name>
    <message>
        <source>Split air conditioner</source>
        <translation>Split-airconditioner</translation>
    </message>
    <message>
        <source>Multi-split outdoor unit</source>
        <translation>Multi-split buitenunit</translation>
    </message>
    <message>
        <source>Air-to-water heat pump</source>
        <translation>Lucht-waterwarmtepomp</translation>
    </message>
    <message>
        <source>Hybrid heat pump</source>
        <translation>Hybride warmtepomp</translation>
    </message>
    <message>
        <source>Gas condensing boiler</source>
        <translation>Gascondensatieketel</translation>
    </message>
    <message>
        <source>VRF system</source>
        <translation>VRF-systeem</translation>
    </message>
    <message>
        <source>Fan coil unit</source>
        <translation>Fancoilunit</translation>
    </message>
    <message>
        <source>Ventilation unit</source>
        <translation>Ventilatie-unit</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Regelingen</translation>
    </message>
    <message>
        <source>Accessory</source>
        <translation>Accessoire</translation>
    </message>
    <message>
        <source>Spare part</source>
        <translation>Reserveonderdeel</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Delegated administrator</source>
        <translation>Gedelegeerd beheerder</translation>
    </message>
    <message>
        <source>Account balance</source>
        <translation>Rekeningsaldo</translation>
    </message>
    <message>
        <source>Invoice management</source>
        <translation>Factuurbeheer</translation>
    </message>
    <message>
        <source>Order management</source>
        <translation>Bestellingbeheer</translation>
    </message>
    <message>
        <source>Quote management</source>
        <translation>Offertebeheer</translation>
    </message>
</context>
<context>
    <name>SectionTableModel</name>
    <message>
        <source>Open the carrier&apos;s tracking page</source>
        <translation>Trackingpagina van de vervoerder openen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vervallen</translation>
    </message>
</context>
<context>
    <name>SectionTile</name>
    <message>
        <source>balance due</source>
        <translation>openstaand saldo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open item(s)</source>
        <translation>
            <numerusform>%Ln openstaande post</numerusform>
            <numerusform>%Ln openstaande posten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>open quote(s)</source>
        <translation>
            <numerusform>openstaande offerte</numerusform>
            <numerusform>openstaande offertes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>open order(s)</source>
        <translation>
            <numerusform>openstaande bestelling</numerusform>
            <numerusform>openstaande bestellingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>delivery(ies) in transit</source>
        <translation>
            <numerusform>levering in transit</numerusform>
            <numerusform>leveringen in transit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>unit(s) in transit</source>
        <translation>
            <numerusform>verzendeenheid in transit</numerusform>
            <numerusform>verzendeenheden in transit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>open invoice(s)</source>
        <translation>
            <numerusform>openstaande factuur</numerusform>
            <numerusform>openstaande facturen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in all</source>
        <translation>%1 in totaal</translation>
    </message>
</context>
<context>
    <name>SectionView</name>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Start search</source>
        <translation>Zoekopdracht starten</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <source>Number of documents</source>
        <translation>Aantal documenten</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Meer</translation>
    </message>
    <message>
        <source>Search in the shown columns</source>
        <translation>Zoeken in de getoonde kolommen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>Choose columns</source>
        <translation>Kolommen kiezen</translation>
    </message>
    <message>
        <source>%1 of …</source>
        <translation>%1 van …</translation>
    </message>
    <message>
        <source>No documents found</source>
        <translation>Geen documenten gevonden</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>The documents could not be read: %1</source>
        <translation>De documenten konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln rows to %1.</source>
        <translation>
            <numerusform>%Ln rij geëxporteerd naar %1.</numerusform>
            <numerusform>%Ln rijen geëxporteerd naar %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Quotes</source>
        <translation>Offertes</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellingen</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Leveringen</translation>
    </message>
    <message>
        <source>Track &amp; Trace</source>
        <translation>Track &amp; Trace</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturen</translation>
    </message>
    <message>
        <source>Account balance</source>
        <translation>Rekeningsaldo</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Language and region</source>
        <translation>Taal en regio</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systeemtaal</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Voorbeeld</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to DealerDesk</source>
        <translation>Aanmelden bij DealerDesk</translation>
    </message>
    <message>
        <source>Sign in with the e-mail address and password of your portal account.</source>
        <translation>Meld u aan met het e-mailadres en wachtwoord van uw portaalaccount.</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>Demo portal: choose an account to try a role (password: &lt;b&gt;%1&lt;/b&gt;). Double-click to sign in.</source>
        <translation>Demoportaal: kies een account om een rol uit te proberen (wachtwoord: &lt;b&gt;%1&lt;/b&gt;). Dubbelklik om u aan te melden.</translation>
    </message>
    <message>
        <source>Demo accounts</source>
        <translation>Demoaccounts</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>No role</source>
        <translation>Geen rol</translation>
    </message>
    <message>
        <source>Enter your e-mail address and your password.</source>
        <translation>Voer uw e-mailadres en wachtwoord in.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Aanmelden…</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Besteld</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Voltooid</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Voltooid</translation>
    </message>
    <message>
        <source>In preparation</source>
        <translation>In voorbereiding</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>In transit</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Geleverd</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Afgehandeld</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standaard</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Individual sale</source>
        <translation>Individuele verkoop</translation>
    </message>
    <message>
        <source>Spare parts</source>
        <translation>Reserveonderdelen</translation>
    </message>
    <message>
        <source>Online shop</source>
        <translation>Webshop</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Creditnota</translation>
    </message>
    <message>
        <source>Payment on account</source>
        <translation>Betaling op rekening</translation>
    </message>
</context>
<context>
    <name>WebshopActivationDialog</name>
    <message>
        <source>Activate the webshop</source>
        <translation>Webshop activeren</translation>
    </message>
    <message>
        <source>The webshop needs to be activated before its first use. Tell us why you need it; the manufacturer activates it and lets you know by e-mail.</source>
        <translation>De webshop moet worden geactiveerd voordat u die voor het eerst gebruikt. Laat ons weten waarom u de webshop nodig hebt; de fabrikant activeert hem en laat het u per e-mail weten.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>Aanvraag versturen</translation>
    </message>
    <message>
        <source>Say why you need the webshop.</source>
        <translation>Geef aan waarom u de webshop nodig hebt.</translation>
    </message>
</context>
</TS>
