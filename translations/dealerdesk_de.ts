<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AppController</name>
    <message>
        <source>Opening the portal…</source>
        <translation>Portal wird geöffnet…</translation>
    </message>
    <message>
        <source>The portal could not be opened: %1</source>
        <translation>Das Portal konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>No secure storage</source>
        <translation>Kein sicherer Speicher</translation>
    </message>
    <message>
        <source>This computer has no system keyring, so DealerDesk cannot keep you signed in. You will be asked for your password at the next start.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund des Systems, daher kann DealerDesk Sie nicht angemeldet halten. Beim nächsten Start werden Sie erneut nach Ihrem Passwort gefragt.</translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>ColumnDialog</name>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Choose columns</source>
        <translation>Spalten auswählen</translation>
    </message>
    <message>
        <source>Choose the columns to show. Drag them to change their order.</source>
        <translation>Wählen Sie die anzuzeigenden Spalten. Ziehen Sie sie, um die Reihenfolge zu ändern.</translation>
    </message>
    <message>
        <source>Columns to show</source>
        <translation>Angezeigte Spalten</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>Net amount</source>
        <translation>Nettobetrag</translation>
    </message>
    <message>
        <source>Quote number</source>
        <translation>Angebotsnummer</translation>
    </message>
    <message>
        <source>Quote date</source>
        <translation>Angebotsdatum</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Project reference</source>
        <translation>Projektreferenz</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamtbetrag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Bestelldatum</translation>
    </message>
    <message>
        <source>Your reference</source>
        <translation>Ihre Referenz</translation>
    </message>
    <message>
        <source>Requested delivery date</source>
        <translation>Wunschliefertermin</translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation>Lieferadresse</translation>
    </message>
    <message>
        <source>On-site contact</source>
        <translation>Ansprechpartner vor Ort</translation>
    </message>
    <message>
        <source>Delivery note number</source>
        <translation>Lieferscheinnummer</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>Lieferdatum</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Shipping unit</source>
        <translation>Versandeinheit</translation>
    </message>
    <message>
        <source>Shipped on</source>
        <translation>Versandt am</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Spediteur</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message>
        <source>Track &amp; Trace</source>
        <translation>Track &amp; Trace</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Rechnungsnummer</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Rechnungsdatum</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>MwSt.</translation>
    </message>
    <message>
        <source>Open amount</source>
        <translation>Offener Betrag</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Belegnummer</translation>
    </message>
    <message>
        <source>Document date</source>
        <translation>Belegdatum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
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
        <translation>Art</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Only overdue</source>
        <translation>Nur überfällige</translation>
    </message>
    <message>
        <source>Quote number</source>
        <translation>Angebotsnummer</translation>
    </message>
    <message>
        <source>Quote date</source>
        <translation>Angebotsdatum</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Bestelldatum</translation>
    </message>
    <message>
        <source>Delivery note number</source>
        <translation>Lieferscheinnummer</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>Lieferdatum</translation>
    </message>
    <message>
        <source>Shipping unit</source>
        <translation>Versandeinheit</translation>
    </message>
    <message>
        <source>Shipped on</source>
        <translation>Versandt am</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Rechnungsnummer</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Rechnungsdatum</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Belegnummer</translation>
    </message>
    <message>
        <source>Document date</source>
        <translation>Belegdatum</translation>
    </message>
</context>
<context>
    <name>CriteriaPanel</name>
    <message>
        <source>%1 from</source>
        <translation>%1 von</translation>
    </message>
    <message>
        <source>%1 to</source>
        <translation>%1 bis</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Beliebiges Datum</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Enter an amount such as %1.</source>
        <translation>Geben Sie einen Betrag ein, z. B. %1.</translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <source>This document is no longer available.</source>
        <translation>Dieser Beleg ist nicht mehr verfügbar.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
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
        <translation>Sendungsverfolgung des Spediteurs öffnen</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Positionen</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-Datei (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export läuft…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <source>Exported %1 of %2 rows…</source>
        <translation>%1 von %2 Zeilen exportiert…</translation>
    </message>
    <message>
        <source>%1 rows do not fit in an Excel worksheet (at most %2). Export them as CSV or narrow the search.</source>
        <translation>%1 Zeilen passen nicht in ein Excel-Arbeitsblatt (höchstens %2). Exportieren Sie sie als CSV oder schränken Sie die Suche ein.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Die Datei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>LandingPage</name>
    <message>
        <source>Welcome, %1 — %2</source>
        <translation>Willkommen, %1 — %2</translation>
    </message>
    <message>
        <source>Your role gives no access to documents. Your company&apos;s delegated administrator can give you a role.</source>
        <translation>Ihre Rolle gewährt keinen Zugriff auf Belege. Der delegierte Administrator Ihres Unternehmens kann Ihnen eine Rolle zuweisen.</translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Technical data of every product. Double-click a product.</source>
        <translation>Technische Daten aller Produkte. Doppelklicken Sie auf ein Produkt.</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Produkte suchen</translation>
    </message>
    <message>
        <source>Article number, name, category…</source>
        <translation>Artikelnummer, Name, Kategorie…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Article number</source>
        <translation>Artikelnummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Energy class</source>
        <translation>Energieklasse</translation>
    </message>
    <message>
        <source>Refrigerant</source>
        <translation>Kältemittel</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n Produkt</numerusform>
            <numerusform>%n Produkte</numerusform>
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
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Startseite</translation>
    </message>
    <message>
        <source>Account menu</source>
        <translation>Kontomenü</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Synchronisierungsstatus</translation>
    </message>
    <message>
        <source>Portal status</source>
        <translation>Portalstatus</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisierung läuft…</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation>Zuletzt synchronisiert: %1</translation>
    </message>
    <message>
        <source>Portal reachable</source>
        <translation>Portal erreichbar</translation>
    </message>
    <message>
        <source>Offline: portal unreachable</source>
        <translation>Offline: Portal nicht erreichbar</translation>
    </message>
</context>
<context>
    <name>OpenAmountChart</name>
    <message>
        <source>Overdue &gt; 30 days</source>
        <translation>Überfällig &gt; 30 Tage</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Due within 30 days</source>
        <translation>Binnen 30 Tagen fällig</translation>
    </message>
    <message>
        <source>Due later</source>
        <translation>Später fällig</translation>
    </message>
    <message>
        <source>Open amount by due date (€ thousands)</source>
        <translation>Offener Betrag nach Fälligkeit (in Tsd. €)</translation>
    </message>
</context>
<context>
    <name>OrdersPerMonthChart</name>
    <message>
        <source>Orders per month</source>
        <translation>Bestellungen pro Monat</translation>
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
        <translation>Für Stand By Me ist eine einmalige Registrierung erforderlich. Ihr Browser öffnet die Registrierungsseite; melden Sie sich nach der Registrierung dort mit Ihrem Portalkonto an.</translation>
    </message>
</context>
<context>
    <name>OtherApplicationsBox</name>
    <message>
        <source>Other applications</source>
        <translation>Weitere Anwendungen</translation>
    </message>
    <message>
        <source>Webshop</source>
        <translation>Webshop</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
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
        <translation>Weitere Anwendungen</translation>
    </message>
    <message>
        <source>Webshop</source>
        <translation>Webshop</translation>
    </message>
    <message>
        <source>Your activation request has been sent. You will get an e-mail when the webshop is active.</source>
        <translation>Ihre Aktivierungsanfrage wurde gesendet. Sie erhalten eine E-Mail, sobald der Webshop aktiv ist.</translation>
    </message>
    <message>
        <source>Your request has been sent. You will get an e-mail when it is active.</source>
        <translation>Ihre Anfrage wurde gesendet. Sie erhalten eine E-Mail, sobald der Webshop aktiv ist.</translation>
    </message>
</context>
<context>
    <name>PortalError</name>
    <message>
        <source>The e-mail address or password is wrong.</source>
        <translation>E-Mail-Adresse oder Passwort ist falsch.</translation>
    </message>
    <message>
        <source>This account has been deactivated. Ask your company&apos;s delegated administrator to reactivate it.</source>
        <translation>Dieses Konto wurde deaktiviert. Bitten Sie den delegierten Administrator Ihres Unternehmens, es wieder zu aktivieren.</translation>
    </message>
    <message>
        <source>This account has not been activated yet. Use the link in your invitation e-mail.</source>
        <translation>Dieses Konto wurde noch nicht aktiviert. Verwenden Sie den Link in Ihrer Einladungs-E-Mail.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Your role does not give access to this section.</source>
        <translation>Ihre Rolle gewährt keinen Zugriff auf diesen Bereich.</translation>
    </message>
    <message>
        <source>Only a delegated administrator can manage the users of your company.</source>
        <translation>Nur ein delegierter Administrator kann die Benutzer Ihres Unternehmens verwalten.</translation>
    </message>
    <message>
        <source>Every company needs at least one delegated administrator; this is the last one.</source>
        <translation>Jedes Unternehmen braucht mindestens einen delegierten Administrator; dies ist der letzte.</translation>
    </message>
    <message>
        <source>This user does not exist.</source>
        <translation>Dieser Benutzer existiert nicht.</translation>
    </message>
    <message>
        <source>This document does not exist.</source>
        <translation>Dieser Beleg existiert nicht.</translation>
    </message>
    <message>
        <source>The page size must be from 1 to 10,000.</source>
        <translation>Die Seitengröße muss zwischen 1 und 10.000 liegen.</translation>
    </message>
    <message>
        <source>Say why you need the webshop.</source>
        <translation>Geben Sie an, wofür Sie den Webshop benötigen.</translation>
    </message>
    <message>
        <source>The reason is too long: use at most 2,000 characters.</source>
        <translation>Die Begründung ist zu lang: Verwenden Sie höchstens 2.000 Zeichen.</translation>
    </message>
    <message>
        <source>The portal cannot be reached. Check your network connection.</source>
        <translation>Das Portal ist nicht erreichbar. Prüfen Sie Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>Enter your e-mail address and your password.</source>
        <translation>Geben Sie Ihre E-Mail-Adresse und Ihr Passwort ein.</translation>
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
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Leistung</translation>
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
        <translation>Kältemittel</translation>
    </message>
    <message>
        <source>Dimensions (W × H × D)</source>
        <translation>Abmessungen (B × H × T)</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>Listenpreis</translation>
    </message>
    <message>
        <source>Open datasheet</source>
        <translation>Datenblatt öffnen</translation>
    </message>
</context>
<context>
    <name>Products</name>
    <message>
        <source>Split air conditioner</source>
        <translation>Split-Klimagerät</translation>
    </message>
    <message>
        <source>Multi-split outdoor unit</source>
        <translation>Multi-Split-Außengerät</translation>
    </message>
    <message>
        <source>Air-to-water heat pump</source>
        <translation>Luft-Wasser-Wärmepumpe</translation>
    </message>
    <message>
        <source>Hybrid heat pump</source>
        <translation>Hybrid-Wärmepumpe</translation>
    </message>
    <message>
        <source>Gas condensing boiler</source>
        <translation>Gas-Brennwertkessel</translation>
    </message>
    <message>
        <source>VRF system</source>
        <translation>VRF-System</translation>
    </message>
    <message>
        <source>Fan coil unit</source>
        <translation>Gebläsekonvektor</translation>
    </message>
    <message>
        <source>Ventilation unit</source>
        <translation>Lüftungsgerät</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Regelungen</translation>
    </message>
    <message>
        <source>Accessory</source>
        <translation>Zubehör</translation>
    </message>
    <message>
        <source>Spare part</source>
        <translation>Ersatzteil</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Delegated administrator</source>
        <translation>Delegierter Administrator</translation>
    </message>
    <message>
        <source>Account balance</source>
        <translation>Kontostand</translation>
    </message>
    <message>
        <source>Invoice management</source>
        <translation>Rechnungsverwaltung</translation>
    </message>
    <message>
        <source>Order management</source>
        <translation>Bestellverwaltung</translation>
    </message>
    <message>
        <source>Quote management</source>
        <translation>Angebotsverwaltung</translation>
    </message>
</context>
<context>
    <name>SectionTableModel</name>
    <message>
        <source>Open the carrier&apos;s tracking page</source>
        <translation>Sendungsverfolgung des Spediteurs öffnen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
</context>
<context>
    <name>SectionTile</name>
    <message>
        <source>balance due</source>
        <translation>offener Saldo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open item(s)</source>
        <translation>
            <numerusform>%Ln offener Posten</numerusform>
            <numerusform>%Ln offene Posten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>open quote(s)</source>
        <translation>
            <numerusform>offenes Angebot</numerusform>
            <numerusform>offene Angebote</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>open order(s)</source>
        <translation>
            <numerusform>offene Bestellung</numerusform>
            <numerusform>offene Bestellungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>delivery(ies) in transit</source>
        <translation>
            <numerusform>Lieferung unterwegs</numerusform>
            <numerusform>Lieferungen unterwegs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>unit(s) in transit</source>
        <translation>
            <numerusform>Versandeinheit unterwegs</numerusform>
            <numerusform>Versandeinheiten unterwegs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>open invoice(s)</source>
        <translation>
            <numerusform>offene Rechnung</numerusform>
            <numerusform>offene Rechnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in all</source>
        <translation>%1 insgesamt</translation>
    </message>
</context>
<context>
    <name>SectionView</name>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Start search</source>
        <translation>Suche starten</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Number of documents</source>
        <translation>Anzahl der Belege</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>Search in the shown columns</source>
        <translation>In den angezeigten Spalten suchen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Choose columns</source>
        <translation>Spalten auswählen</translation>
    </message>
    <message>
        <source>%1 of …</source>
        <translation>%1 von …</translation>
    </message>
    <message>
        <source>No documents found</source>
        <translation>Keine Belege gefunden</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>The documents could not be read: %1</source>
        <translation>Die Belege konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln rows to %1.</source>
        <translation>
            <numerusform>%Ln Zeile nach %1 exportiert.</numerusform>
            <numerusform>%Ln Zeilen nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Quotes</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Lieferungen</translation>
    </message>
    <message>
        <source>Track &amp; Trace</source>
        <translation>Track &amp; Trace</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Account balance</source>
        <translation>Kontostand</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language and region</source>
        <translation>Sprache und Region</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to DealerDesk</source>
        <translation>Bei DealerDesk anmelden</translation>
    </message>
    <message>
        <source>Sign in with the e-mail address and password of your portal account.</source>
        <translation>Melden Sie sich mit der E-Mail-Adresse und dem Passwort Ihres Portalkontos an.</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Demo portal: choose an account to try a role (password: &lt;b&gt;%1&lt;/b&gt;). Double-click to sign in.</source>
        <translation>Demoportal: Wählen Sie ein Konto, um eine Rolle auszuprobieren (Passwort: &lt;b&gt;%1&lt;/b&gt;). Doppelklicken Sie, um sich anzumelden.</translation>
    </message>
    <message>
        <source>Demo accounts</source>
        <translation>Demokonten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>No role</source>
        <translation>Keine Rolle</translation>
    </message>
    <message>
        <source>Enter your e-mail address and your password.</source>
        <translation>Geben Sie Ihre E-Mail-Adresse und Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung…</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Bestellt</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>In preparation</source>
        <translation>In Vorbereitung</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>Unterwegs</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Geliefert</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Ausgeglichen</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Individual sale</source>
        <translation>Einzelverkauf</translation>
    </message>
    <message>
        <source>Spare parts</source>
        <translation>Ersatzteile</translation>
    </message>
    <message>
        <source>Online shop</source>
        <translation>Onlineshop</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <source>Payment on account</source>
        <translation>Akontozahlung</translation>
    </message>
</context>
<context>
    <name>WebshopActivationDialog</name>
    <message>
        <source>Activate the webshop</source>
        <translation>Webshop aktivieren</translation>
    </message>
    <message>
        <source>The webshop needs to be activated before its first use. Tell us why you need it; the manufacturer activates it and lets you know by e-mail.</source>
        <translation>Der Webshop muss vor der ersten Nutzung aktiviert werden. Teilen Sie uns mit, wofür Sie ihn benötigen; der Hersteller aktiviert ihn und benachrichtigt Sie per E-Mail.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>Anfrage senden</translation>
    </message>
    <message>
        <source>Say why you need the webshop.</source>
        <translation>Geben Sie an, wofür Sie den Webshop benötigen.</translation>
    </message>
</context>
</TS>
