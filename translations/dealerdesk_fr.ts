<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AppController</name>
    <message>
        <source>Opening the portal…</source>
        <translation>Ouverture du portail…</translation>
    </message>
    <message>
        <source>The portal could not be opened: %1</source>
        <translation>Impossible d&apos;ouvrir le portail&#xa0;: %1</translation>
    </message>
    <message>
        <source>No secure storage</source>
        <translation>Aucun stockage sécurisé</translation>
    </message>
    <message>
        <source>This computer has no system keyring, so DealerDesk cannot keep you signed in. You will be asked for your password at the next start.</source>
        <translation>Cet ordinateur ne dispose d&apos;aucun trousseau système&#xa0;: DealerDesk ne peut donc pas garder votre session ouverte. Votre mot de passe vous sera redemandé au prochain démarrage.</translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation>Échec de la connexion&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ColumnDialog</name>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Choose columns</source>
        <translation>Choisir les colonnes</translation>
    </message>
    <message>
        <source>Choose the columns to show. Drag them to change their order.</source>
        <translation>Choisissez les colonnes à afficher. Faites-les glisser pour modifier leur ordre.</translation>
    </message>
    <message>
        <source>Columns to show</source>
        <translation>Colonnes affichées</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Net amount</source>
        <translation>Montant net</translation>
    </message>
    <message>
        <source>Quote number</source>
        <translation>N° de devis</translation>
    </message>
    <message>
        <source>Quote date</source>
        <translation>Date du devis</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Project reference</source>
        <translation>Référence projet</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu&apos;au</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>N° de commande</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Date de commande</translation>
    </message>
    <message>
        <source>Your reference</source>
        <translation>Votre référence</translation>
    </message>
    <message>
        <source>Requested delivery date</source>
        <translation>Date de livraison souhaitée</translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation>Adresse de livraison</translation>
    </message>
    <message>
        <source>On-site contact</source>
        <translation>Contact sur site</translation>
    </message>
    <message>
        <source>Delivery note number</source>
        <translation>N° de bon de livraison</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>Date de livraison</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>N° de série</translation>
    </message>
    <message>
        <source>Shipping unit</source>
        <translation>Unité d&apos;expédition</translation>
    </message>
    <message>
        <source>Shipped on</source>
        <translation>Expédié le</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transporteur</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>N° de suivi</translation>
    </message>
    <message>
        <source>Track &amp; Trace</source>
        <translation>Track &amp; Trace</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>N° de facture</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Date de facture</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Date d&apos;échéance</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Open amount</source>
        <translation>Restant dû</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>N° de document</translation>
    </message>
    <message>
        <source>Document date</source>
        <translation>Date du document</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
</context>
<context>
    <name>Criteria</name>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Only overdue</source>
        <translation>En retard uniquement</translation>
    </message>
    <message>
        <source>Quote number</source>
        <translation>N° de devis</translation>
    </message>
    <message>
        <source>Quote date</source>
        <translation>Date du devis</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>N° de commande</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Date de commande</translation>
    </message>
    <message>
        <source>Delivery note number</source>
        <translation>N° de bon de livraison</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>Date de livraison</translation>
    </message>
    <message>
        <source>Shipping unit</source>
        <translation>Unité d&apos;expédition</translation>
    </message>
    <message>
        <source>Shipped on</source>
        <translation>Expédié le</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>N° de facture</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Date de facture</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>N° de document</translation>
    </message>
    <message>
        <source>Document date</source>
        <translation>Date du document</translation>
    </message>
</context>
<context>
    <name>CriteriaPanel</name>
    <message>
        <source>%1 from</source>
        <translation>%1, à partir du</translation>
    </message>
    <message>
        <source>%1 to</source>
        <translation>%1, jusqu&apos;au</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Toute date</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>Enter an amount such as %1.</source>
        <translation>Saisissez un montant, par exemple %1.</translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <source>This document is no longer available.</source>
        <translation>Ce document n&apos;est plus disponible.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
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
        <translation>Ouvrir la page de suivi du transporteur</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l&apos;export</translation>
    </message>
    <message>
        <source>Exported %1 of %2 rows…</source>
        <translation>%1 lignes sur %2 exportées…</translation>
    </message>
    <message>
        <source>%1 rows do not fit in an Excel worksheet (at most %2). Export them as CSV or narrow the search.</source>
        <translation>%1 lignes ne tiennent pas dans une feuille Excel (%2 au maximum). Exportez-les au format CSV ou affinez la recherche.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Impossible d&apos;écrire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>L&apos;export a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
</context>
<context>
    <name>LandingPage</name>
    <message>
        <source>Welcome, %1 — %2</source>
        <translation>Bienvenue, %1 — %2</translation>
    </message>
    <message>
        <source>Your role gives no access to documents. Your company&apos;s delegated administrator can give you a role.</source>
        <translation>Votre rôle ne donne accès à aucun document. L&apos;administrateur délégué de votre entreprise peut vous attribuer un rôle.</translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Technical data of every product. Double-click a product.</source>
        <translation>Données techniques de tous les produits. Double-cliquez sur un produit.</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Rechercher des produits</translation>
    </message>
    <message>
        <source>Article number, name, category…</source>
        <translation>N° d&apos;article, nom, catégorie…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Article number</source>
        <translation>N° d&apos;article</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Puissance</translation>
    </message>
    <message>
        <source>Energy class</source>
        <translation>Classe énergétique</translation>
    </message>
    <message>
        <source>Refrigerant</source>
        <translation>Fluide frigorigène</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n produit</numerusform>
            <numerusform>%n produits</numerusform>
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
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Account menu</source>
        <translation>Menu du compte</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>État de la synchronisation</translation>
    </message>
    <message>
        <source>Portal status</source>
        <translation>État du portail</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation>Dernière synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Portal reachable</source>
        <translation>Portail accessible</translation>
    </message>
    <message>
        <source>Offline: portal unreachable</source>
        <translation>Hors ligne&#xa0;: portail inaccessible</translation>
    </message>
</context>
<context>
    <name>OpenAmountChart</name>
    <message>
        <source>Overdue &gt; 30 days</source>
        <translation>En retard &gt; 30 jours</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Due within 30 days</source>
        <translation>Échéance sous 30 jours</translation>
    </message>
    <message>
        <source>Due later</source>
        <translation>Échéance ultérieure</translation>
    </message>
    <message>
        <source>Open amount by due date (€ thousands)</source>
        <translation>Restant dû par échéance (k€)</translation>
    </message>
</context>
<context>
    <name>OrdersPerMonthChart</name>
    <message>
        <source>Orders per month</source>
        <translation>Commandes par mois</translation>
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
        <translation>Stand By Me nécessite une inscription unique. Votre navigateur ouvre la page d&apos;inscription&#xa0;; une fois inscrit, connectez-vous avec votre compte du portail.</translation>
    </message>
</context>
<context>
    <name>OtherApplicationsBox</name>
    <message>
        <source>Other applications</source>
        <translation>Autres applications</translation>
    </message>
    <message>
        <source>Webshop</source>
        <translation>Webshop</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
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
        <translation>Autres applications</translation>
    </message>
    <message>
        <source>Webshop</source>
        <translation>Webshop</translation>
    </message>
    <message>
        <source>Your activation request has been sent. You will get an e-mail when the webshop is active.</source>
        <translation>Votre demande d&apos;activation a été envoyée. Vous recevrez un e-mail dès que le Webshop sera actif.</translation>
    </message>
    <message>
        <source>Your request has been sent. You will get an e-mail when it is active.</source>
        <translation>Votre demande a été envoyée. Vous recevrez un e-mail dès que le Webshop sera actif.</translation>
    </message>
</context>
<context>
    <name>PortalError</name>
    <message>
        <source>The e-mail address or password is wrong.</source>
        <translation>L&apos;adresse e-mail ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>This account has been deactivated. Ask your company&apos;s delegated administrator to reactivate it.</source>
        <translation>Ce compte a été désactivé. Demandez à l&apos;administrateur délégué de votre entreprise de le réactiver.</translation>
    </message>
    <message>
        <source>This account has not been activated yet. Use the link in your invitation e-mail.</source>
        <translation>Ce compte n&apos;est pas encore activé. Utilisez le lien figurant dans votre e-mail d&apos;invitation.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Votre session a expiré. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>Your role does not give access to this section.</source>
        <translation>Votre rôle ne donne pas accès à cette rubrique.</translation>
    </message>
    <message>
        <source>Only a delegated administrator can manage the users of your company.</source>
        <translation>Seul un administrateur délégué peut gérer les utilisateurs de votre entreprise.</translation>
    </message>
    <message>
        <source>Every company needs at least one delegated administrator; this is the last one.</source>
        <translation>Chaque entreprise doit avoir au moins un administrateur délégué&#xa0;; celui-ci est le dernier.</translation>
    </message>
    <message>
        <source>This user does not exist.</source>
        <translation>Cet utilisateur n&apos;existe pas.</translation>
    </message>
    <message>
        <source>This document does not exist.</source>
        <translation>Ce document n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The page size must be from 1 to 10,000.</source>
        <translation>La taille de page doit être comprise entre 1 et 10&#xa0;000.</translation>
    </message>
    <message>
        <source>Say why you need the webshop.</source>
        <translation>Indiquez pourquoi vous avez besoin du Webshop.</translation>
    </message>
    <message>
        <source>The reason is too long: use at most 2,000 characters.</source>
        <translation>Le motif est trop long&#xa0;: utilisez au maximum 2&#xa0;000 caractères.</translation>
    </message>
    <message>
        <source>The portal cannot be reached. Check your network connection.</source>
        <translation>Le portail est inaccessible. Vérifiez votre connexion réseau.</translation>
    </message>
    <message>
        <source>Enter your e-mail address and your password.</source>
        <translation>Saisissez votre adresse e-mail et votre mot de passe.</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>Article number</source>
        <translation>N° d&apos;article</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Puissance</translation>
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
        <translation>Classe énergétique</translation>
    </message>
    <message>
        <source>Refrigerant</source>
        <translation>Fluide frigorigène</translation>
    </message>
    <message>
        <source>Dimensions (W × H × D)</source>
        <translation>Dimensions (L × H × P)</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>Prix catalogue</translation>
    </message>
    <message>
        <source>Open datasheet</source>
        <translation>Ouvrir la fiche technique</translation>
    </message>
</context>
<context>
    <name>Products</name>
    <message>
        <source>Split air conditioner</source>
        <translation>Climatiseur split</translation>
    </message>
    <message>
        <source>Multi-split outdoor unit</source>
        <translation>Unité extérieure multi-split</translation>
    </message>
    <message>
        <source>Air-to-water heat pump</source>
        <translation>Pompe à chaleur air-eau</translation>
    </message>
    <message>
        <source>Hybrid heat pump</source>
        <translation>Pompe à chaleur hybride</translation>
    </message>
    <message>
        <source>Gas condensing boiler</source>
        <translation>Chaudière gaz à condensation</translation>
    </message>
    <message>
        <source>VRF system</source>
        <translation>Système VRF</translation>
    </message>
    <message>
        <source>Fan coil unit</source>
        <translation>Ventilo-convecteur</translation>
    </message>
    <message>
        <source>Ventilation unit</source>
        <translation>Unité de ventilation</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Régulation</translation>
    </message>
    <message>
        <source>Accessory</source>
        <translation>Accessoire</translation>
    </message>
    <message>
        <source>Spare part</source>
        <translation>Pièce détachée</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Delegated administrator</source>
        <translation>Administrateur délégué</translation>
    </message>
    <message>
        <source>Account balance</source>
        <translation>Solde du compte</translation>
    </message>
    <message>
        <source>Invoice management</source>
        <translation>Gestion des factures</translation>
    </message>
    <message>
        <source>Order management</source>
        <translation>Gestion des commandes</translation>
    </message>
    <message>
        <source>Quote management</source>
        <translation>Gestion des devis</translation>
    </message>
</context>
<context>
    <name>SectionTableModel</name>
    <message>
        <source>Open the carrier&apos;s tracking page</source>
        <translation>Ouvrir la page de suivi du transporteur</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
</context>
<context>
    <name>SectionTile</name>
    <message>
        <source>balance due</source>
        <translation>solde dû</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open item(s)</source>
        <translation>
            <numerusform>%Ln poste ouvert</numerusform>
            <numerusform>%Ln postes ouverts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>open quote(s)</source>
        <translation>
            <numerusform>devis en cours</numerusform>
            <numerusform>devis en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>open order(s)</source>
        <translation>
            <numerusform>commande en cours</numerusform>
            <numerusform>commandes en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>delivery(ies) in transit</source>
        <translation>
            <numerusform>livraison en transit</numerusform>
            <numerusform>livraisons en transit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>unit(s) in transit</source>
        <translation>
            <numerusform>unité d&apos;expédition en transit</numerusform>
            <numerusform>unités d&apos;expédition en transit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>open invoice(s)</source>
        <translation>
            <numerusform>facture non réglée</numerusform>
            <numerusform>factures non réglées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in all</source>
        <translation>%1 au total</translation>
    </message>
</context>
<context>
    <name>SectionView</name>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Start search</source>
        <translation>Lancer la recherche</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Number of documents</source>
        <translation>Nombre de documents</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>Search in the shown columns</source>
        <translation>Rechercher dans les colonnes affichées</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Choose columns</source>
        <translation>Choisir les colonnes</translation>
    </message>
    <message>
        <source>%1 of …</source>
        <translation>%1 sur …</translation>
    </message>
    <message>
        <source>No documents found</source>
        <translation>Aucun document trouvé</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>The documents could not be read: %1</source>
        <translation>Impossible de lire les documents&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln rows to %1.</source>
        <translation>
            <numerusform>%Ln ligne exportée vers %1.</numerusform>
            <numerusform>%Ln lignes exportées vers %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Quotes</source>
        <translation>Devis</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Livraisons</translation>
    </message>
    <message>
        <source>Track &amp; Trace</source>
        <translation>Track &amp; Trace</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>Account balance</source>
        <translation>Solde du compte</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Language and region</source>
        <translation>Langue et région</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to DealerDesk</source>
        <translation>Connexion à DealerDesk</translation>
    </message>
    <message>
        <source>Sign in with the e-mail address and password of your portal account.</source>
        <translation>Connectez-vous avec l&apos;adresse e-mail et le mot de passe de votre compte du portail.</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Demo portal: choose an account to try a role (password: &lt;b&gt;%1&lt;/b&gt;). Double-click to sign in.</source>
        <translation>Portail de démonstration&#xa0;: choisissez un compte pour essayer un rôle (mot de passe&#xa0;: &lt;b&gt;%1&lt;/b&gt;). Double-cliquez pour vous connecter.</translation>
    </message>
    <message>
        <source>Demo accounts</source>
        <translation>Comptes de démonstration</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>No role</source>
        <translation>Aucun rôle</translation>
    </message>
    <message>
        <source>Enter your e-mail address and your password.</source>
        <translation>Saisissez votre adresse e-mail et votre mot de passe.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <source>Open</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Commandé</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>In preparation</source>
        <translation>En préparation</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>En transit</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livrée</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Soldée</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Individual sale</source>
        <translation>Vente individuelle</translation>
    </message>
    <message>
        <source>Spare parts</source>
        <translation>Pièces détachées</translation>
    </message>
    <message>
        <source>Online shop</source>
        <translation>Boutique en ligne</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Note de crédit</translation>
    </message>
    <message>
        <source>Payment on account</source>
        <translation>Acompte</translation>
    </message>
</context>
<context>
    <name>WebshopActivationDialog</name>
    <message>
        <source>Activate the webshop</source>
        <translation>Activer le Webshop</translation>
    </message>
    <message>
        <source>The webshop needs to be activated before its first use. Tell us why you need it; the manufacturer activates it and lets you know by e-mail.</source>
        <translation>Le Webshop doit être activé avant sa première utilisation. Indiquez-nous pourquoi vous en avez besoin&#xa0;; le fabricant l&apos;active et vous en informe par e-mail.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>Envoyer la demande</translation>
    </message>
    <message>
        <source>Say why you need the webshop.</source>
        <translation>Indiquez pourquoi vous avez besoin du Webshop.</translation>
    </message>
</context>
</TS>
