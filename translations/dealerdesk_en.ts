<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AppController</name>
    <message>
        <source>Opening the portal…</source>
        <translation>Opening the portal…</translation>
    </message>
    <message>
        <source>The portal could not be opened: %1</source>
        <translation>The portal could not be opened: %1</translation>
    </message>
    <message>
        <source>No secure storage</source>
        <translation>No secure storage</translation>
    </message>
    <message>
        <source>This computer has no system keyring, so DealerDesk cannot keep you signed in. You will be asked for your password at the next start.</source>
        <translation>This computer has no system keyring, so DealerDesk cannot keep you signed in. You will be asked for your password at the next start.</translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation>Signing in failed: %1</translation>
    </message>
</context>
<context>
    <name>ColumnDialog</name>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Choose columns</source>
        <translation>Choose columns</translation>
    </message>
    <message>
        <source>Choose the columns to show. Drag them to change their order.</source>
        <translation>Choose the columns to show. Drag them to change their order.</translation>
    </message>
    <message>
        <source>Columns to show</source>
        <translation>Columns to show</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Restore defaults</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
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
        <translation>Description</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Net amount</source>
        <translation>Net amount</translation>
    </message>
    <message>
        <source>Quote number</source>
        <translation>Quote number</translation>
    </message>
    <message>
        <source>Quote date</source>
        <translation>Quote date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Project reference</source>
        <translation>Project reference</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Order number</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Order date</translation>
    </message>
    <message>
        <source>Your reference</source>
        <translation>Your reference</translation>
    </message>
    <message>
        <source>Requested delivery date</source>
        <translation>Requested delivery date</translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation>Delivery address</translation>
    </message>
    <message>
        <source>On-site contact</source>
        <translation>On-site contact</translation>
    </message>
    <message>
        <source>Delivery note number</source>
        <translation>Delivery note number</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>Delivery date</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <source>Shipping unit</source>
        <translation>Shipping unit</translation>
    </message>
    <message>
        <source>Shipped on</source>
        <translation>Shipped on</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Tracking number</translation>
    </message>
    <message>
        <source>Track &amp; Trace</source>
        <translation>Track &amp; Trace</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Invoice number</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Invoice date</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Open amount</source>
        <translation>Open amount</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>Document date</source>
        <translation>Document date</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
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
        <translation>Amount</translation>
    </message>
    <message>
        <source>Only overdue</source>
        <translation>Only overdue</translation>
    </message>
    <message>
        <source>Quote number</source>
        <translation>Quote number</translation>
    </message>
    <message>
        <source>Quote date</source>
        <translation>Quote date</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Order number</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Order date</translation>
    </message>
    <message>
        <source>Delivery note number</source>
        <translation>Delivery note number</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>Delivery date</translation>
    </message>
    <message>
        <source>Shipping unit</source>
        <translation>Shipping unit</translation>
    </message>
    <message>
        <source>Shipped on</source>
        <translation>Shipped on</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Invoice number</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Invoice date</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>Document date</source>
        <translation>Document date</translation>
    </message>
</context>
<context>
    <name>CriteriaPanel</name>
    <message>
        <source>%1 from</source>
        <translation>%1 from</translation>
    </message>
    <message>
        <source>%1 to</source>
        <translation>%1 to</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Any date</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Any</translation>
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
        <translation>Enter an amount such as %1.</translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <source>This document is no longer available.</source>
        <translation>This document is no longer available.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
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
        <translation>Open the carrier&apos;s tracking page</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
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
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Export progress</translation>
    </message>
    <message>
        <source>Exported %1 of %2 rows…</source>
        <translation>Exported %1 of %2 rows…</translation>
    </message>
    <message>
        <source>%1 rows do not fit in an Excel worksheet (at most %2). Export them as CSV or narrow the search.</source>
        <translation>%1 rows do not fit in an Excel worksheet (at most %2). Export them as CSV or narrow the search.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>The export failed: %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
</context>
<context>
    <name>LandingPage</name>
    <message>
        <source>Welcome, %1 — %2</source>
        <translation>Welcome, %1 — %2</translation>
    </message>
    <message>
        <source>Your role gives no access to documents. Your company&apos;s delegated administrator can give you a role.</source>
        <translation>Your role gives no access to documents. Your company&apos;s delegated administrator can give you a role.</translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>Technical data of every product. Double-click a product.</source>
        <translation>Technical data of every product. Double-click a product.</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Search products</translation>
    </message>
    <message>
        <source>Article number, name, category…</source>
        <translation>Article number, name, category…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Article number</source>
        <translation>Article number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Energy class</source>
        <translation>Energy class</translation>
    </message>
    <message>
        <source>Refrigerant</source>
        <translation>Refrigerant</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
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
        <translation>Home</translation>
    </message>
    <message>
        <source>Account menu</source>
        <translation>Account menu</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Sync status</translation>
    </message>
    <message>
        <source>Portal status</source>
        <translation>Portal status</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation>Last synced: %1</translation>
    </message>
    <message>
        <source>Portal reachable</source>
        <translation>Portal reachable</translation>
    </message>
    <message>
        <source>Offline: portal unreachable</source>
        <translation>Offline: portal unreachable</translation>
    </message>
</context>
<context>
    <name>OpenAmountChart</name>
    <message>
        <source>Overdue &gt; 30 days</source>
        <translation>Overdue &gt; 30 days</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due within 30 days</source>
        <translation>Due within 30 days</translation>
    </message>
    <message>
        <source>Due later</source>
        <translation>Due later</translation>
    </message>
    <message>
        <source>Open amount by due date (€ thousands)</source>
        <translation>Open amount by due date (€ thousands)</translation>
    </message>
</context>
<context>
    <name>OrdersPerMonthChart</name>
    <message>
        <source>Orders per month</source>
        <translation>Orders per month</translation>
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
        <translation>Stand By Me needs a one-time registration. Your browser opens its registration page; after registering, sign in there with your portal account.</translation>
    </message>
</context>
<context>
    <name>OtherApplicationsBox</name>
    <message>
        <source>Other applications</source>
        <translation>Other applications</translation>
    </message>
    <message>
        <source>Webshop</source>
        <translation>Webshop</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Library</translation>
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
        <translation>Other applications</translation>
    </message>
    <message>
        <source>Webshop</source>
        <translation>Webshop</translation>
    </message>
    <message>
        <source>Your activation request has been sent. You will get an e-mail when the webshop is active.</source>
        <translation>Your activation request has been sent. You will get an e-mail when the webshop is active.</translation>
    </message>
    <message>
        <source>Your request has been sent. You will get an e-mail when it is active.</source>
        <translation>Your request has been sent. You will get an e-mail when it is active.</translation>
    </message>
</context>
<context>
    <name>PortalError</name>
    <message>
        <source>The e-mail address or password is wrong.</source>
        <translation>The e-mail address or password is wrong.</translation>
    </message>
    <message>
        <source>This account has been deactivated. Ask your company&apos;s delegated administrator to reactivate it.</source>
        <translation>This account has been deactivated. Ask your company&apos;s delegated administrator to reactivate it.</translation>
    </message>
    <message>
        <source>This account has not been activated yet. Use the link in your invitation e-mail.</source>
        <translation>This account has not been activated yet. Use the link in your invitation e-mail.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Your session has ended. Please sign in again.</translation>
    </message>
    <message>
        <source>Your role does not give access to this section.</source>
        <translation>Your role does not give access to this section.</translation>
    </message>
    <message>
        <source>Only a delegated administrator can manage the users of your company.</source>
        <translation>Only a delegated administrator can manage the users of your company.</translation>
    </message>
    <message>
        <source>Every company needs at least one delegated administrator; this is the last one.</source>
        <translation>Every company needs at least one delegated administrator; this is the last one.</translation>
    </message>
    <message>
        <source>This user does not exist.</source>
        <translation>This user does not exist.</translation>
    </message>
    <message>
        <source>This document does not exist.</source>
        <translation>This document does not exist.</translation>
    </message>
    <message>
        <source>The page size must be from 1 to 10,000.</source>
        <translation>The page size must be from 1 to 10,000.</translation>
    </message>
    <message>
        <source>Say why you need the webshop.</source>
        <translation>Say why you need the webshop.</translation>
    </message>
    <message>
        <source>The reason is too long: use at most 2,000 characters.</source>
        <translation>The reason is too long: use at most 2,000 characters.</translation>
    </message>
    <message>
        <source>The portal cannot be reached. Check your network connection.</source>
        <translation>The portal cannot be reached. Check your network connection.</translation>
    </message>
    <message>
        <source>Enter your e-mail address and your password.</source>
        <translation>Enter your e-mail address and your password.</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>Article number</source>
        <translation>Article number</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
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
        <translation>Energy class</translation>
    </message>
    <message>
        <source>Refrigerant</source>
        <translation>Refrigerant</translation>
    </message>
    <message>
        <source>Dimensions (W × H × D)</source>
        <translation>Dimensions (W × H × D)</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>List price</translation>
    </message>
    <message>
        <source>Open datasheet</source>
        <translation>Open datasheet</translation>
    </message>
</context>
<context>
    <name>Products</name>
    <message>
        <source>Split air conditioner</source>
        <translation>Split air conditioner</translation>
    </message>
    <message>
        <source>Multi-split outdoor unit</source>
        <translation>Multi-split outdoor unit</translation>
    </message>
    <message>
        <source>Air-to-water heat pump</source>
        <translation>Air-to-water heat pump</translation>
    </message>
    <message>
        <source>Hybrid heat pump</source>
        <translation>Hybrid heat pump</translation>
    </message>
    <message>
        <source>Gas condensing boiler</source>
        <translation>Gas condensing boiler</translation>
    </message>
    <message>
        <source>VRF system</source>
        <translation>VRF system</translation>
    </message>
    <message>
        <source>Fan coil unit</source>
        <translation>Fan coil unit</translation>
    </message>
    <message>
        <source>Ventilation unit</source>
        <translation>Ventilation unit</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Controls</translation>
    </message>
    <message>
        <source>Accessory</source>
        <translation>Accessory</translation>
    </message>
    <message>
        <source>Spare part</source>
        <translation>Spare part</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Delegated administrator</source>
        <translation>Delegated administrator</translation>
    </message>
    <message>
        <source>Account balance</source>
        <translation>Account balance</translation>
    </message>
    <message>
        <source>Invoice management</source>
        <translation>Invoice management</translation>
    </message>
    <message>
        <source>Order management</source>
        <translation>Order management</translation>
    </message>
    <message>
        <source>Quote management</source>
        <translation>Quote management</translation>
    </message>
</context>
<context>
    <name>SectionTableModel</name>
    <message>
        <source>Open the carrier&apos;s tracking page</source>
        <translation>Open the carrier&apos;s tracking page</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
</context>
<context>
    <name>SectionTile</name>
    <message>
        <source>balance due</source>
        <translation>balance due</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open item(s)</source>
        <translation>
            <numerusform>%Ln open item</numerusform>
            <numerusform>%Ln open items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>open quote(s)</source>
        <translation>
            <numerusform>open quote</numerusform>
            <numerusform>open quotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>open order(s)</source>
        <translation>
            <numerusform>open order</numerusform>
            <numerusform>open orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>delivery(ies) in transit</source>
        <translation>
            <numerusform>delivery in transit</numerusform>
            <numerusform>deliveries in transit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>unit(s) in transit</source>
        <translation>
            <numerusform>unit in transit</numerusform>
            <numerusform>units in transit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>open invoice(s)</source>
        <translation>
            <numerusform>open invoice</numerusform>
            <numerusform>open invoices</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in all</source>
        <translation>%1 in all</translation>
    </message>
</context>
<context>
    <name>SectionView</name>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Start search</source>
        <translation>Start search</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Number of documents</source>
        <translation>Number of documents</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <source>Search in the shown columns</source>
        <translation>Search in the shown columns</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Choose columns</source>
        <translation>Choose columns</translation>
    </message>
    <message>
        <source>%1 of …</source>
        <translation>%1 of …</translation>
    </message>
    <message>
        <source>No documents found</source>
        <translation>No documents found</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>The documents could not be read: %1</source>
        <translation>The documents could not be read: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln rows to %1.</source>
        <translation>
            <numerusform>Exported %Ln row to %1.</numerusform>
            <numerusform>Exported %Ln rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Quotes</source>
        <translation>Quotes</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Deliveries</translation>
    </message>
    <message>
        <source>Track &amp; Trace</source>
        <translation>Track &amp; Trace</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <source>Account balance</source>
        <translation>Account balance</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Language and region</source>
        <translation>Language and region</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Example</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to DealerDesk</source>
        <translation>Sign in to DealerDesk</translation>
    </message>
    <message>
        <source>Sign in with the e-mail address and password of your portal account.</source>
        <translation>Sign in with the e-mail address and password of your portal account.</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Demo portal: choose an account to try a role (password: &lt;b&gt;%1&lt;/b&gt;). Double-click to sign in.</source>
        <translation>Demo portal: choose an account to try a role (password: &lt;b&gt;%1&lt;/b&gt;). Double-click to sign in.</translation>
    </message>
    <message>
        <source>Demo accounts</source>
        <translation>Demo accounts</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>No role</source>
        <translation>No role</translation>
    </message>
    <message>
        <source>Enter your e-mail address and your password.</source>
        <translation>Enter your e-mail address and your password.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
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
        <translation>Expired</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Ordered</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>In preparation</source>
        <translation>In preparation</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>In transit</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Settled</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
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
        <translation>Individual sale</translation>
    </message>
    <message>
        <source>Spare parts</source>
        <translation>Spare parts</translation>
    </message>
    <message>
        <source>Online shop</source>
        <translation>Online shop</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Credit note</translation>
    </message>
    <message>
        <source>Payment on account</source>
        <translation>Payment on account</translation>
    </message>
</context>
<context>
    <name>WebshopActivationDialog</name>
    <message>
        <source>Activate the webshop</source>
        <translation>Activate the webshop</translation>
    </message>
    <message>
        <source>The webshop needs to be activated before its first use. Tell us why you need it; the manufacturer activates it and lets you know by e-mail.</source>
        <translation>The webshop needs to be activated before its first use. Tell us why you need it; the manufacturer activates it and lets you know by e-mail.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>Send request</translation>
    </message>
    <message>
        <source>Say why you need the webshop.</source>
        <translation>Say why you need the webshop.</translation>
    </message>
</context>
</TS>
