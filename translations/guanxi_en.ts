<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BulkWriter</name>
    <message>
        <source>A bulk write cannot start inside another transaction.</source>
        <translation>A bulk write cannot start inside another transaction.</translation>
    </message>
    <message>
        <source>Preparing the bulk write failed</source>
        <translation>Preparing the bulk write failed</translation>
    </message>
    <message>
        <source>Building the indexes failed</source>
        <translation>Building the indexes failed</translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved.</source>
        <translation>Cancelled: nothing was saved.</translation>
    </message>
    <message>
        <source>A record refers to another one that does not exist.</source>
        <translation>A record refers to another one that does not exist.</translation>
    </message>
    <message>
        <source>Saving the records failed</source>
        <translation>Saving the records failed</translation>
    </message>
    <message>
        <source>This bulk write has already ended.</source>
        <translation>This bulk write has already ended.</translation>
    </message>
    <message>
        <source>Writing the records failed</source>
        <translation>Writing the records failed</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Unexpected argument “%1”.</translation>
    </message>
    <message>
        <source>Unknown option “%1”.</source>
        <translation>Unknown option “%1”.</translation>
    </message>
    <message>
        <source>Unknown option “%1”. Did you mean --%2?</source>
        <translation>Unknown option “%1”. Did you mean --%2?</translation>
    </message>
    <message>
        <source>The option --%1 takes no value.</source>
        <translation>The option --%1 takes no value.</translation>
    </message>
    <message>
        <source>The option --%1 needs a value: --%1 %2.</source>
        <translation>The option --%1 needs a value: --%1 %2.</translation>
    </message>
    <message>
        <source>The option --%1 is required.</source>
        <translation>The option --%1 is required.</translation>
    </message>
    <message>
        <source>The argument %1 is missing.</source>
        <translation>The argument %1 is missing.</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[options]</translation>
    </message>
    <message>
        <source>The workspace file (default: %1)</source>
        <translation>The workspace file (default: %1)</translation>
    </message>
    <message>
        <source>Language of messages: zh_CN or en (default: the system&apos;s)</source>
        <translation>Language of messages: zh_CN or en (default: the system&apos;s)</translation>
    </message>
    <message>
        <source>Open the workspace read-only: commands that change it fail</source>
        <translation>Open the workspace read-only: commands that change it fail</translation>
    </message>
    <message>
        <source>Show the version and exit</source>
        <translation>Show the version and exit</translation>
    </message>
    <message>
        <source>Usage: %1 [--workspace FILE] [--lang zh_CN|en] [--read-only] COMMAND [ARGUMENTS]</source>
        <translation>Usage: %1 [--workspace FILE] [--lang zh_CN|en] [--read-only] COMMAND [ARGUMENTS]</translation>
    </message>
    <message>
        <source>Guanxi&apos;s command-line tool: customers, demo data, integrity checks and backups of a Guanxi workspace, without a window.</source>
        <translation>Guanxi&apos;s command-line tool: customers, demo data, integrity checks and backups of a Guanxi workspace, without a window.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Show this help, or the help of one command</source>
        <translation>Show this help, or the help of one command</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Global options:</translation>
    </message>
    <message>
        <source>Exit status: 0 on success, 1 when the command failed, 2 when the command line is wrong.</source>
        <translation>Exit status: 0 on success, 1 when the command failed, 2 when the command line is wrong.</translation>
    </message>
    <message>
        <source>%1 %2 (workspace format %3, Qt %4)</source>
        <translation>%1 %2 (workspace format %3, Qt %4)</translation>
    </message>
    <message>
        <source>Run “%1 --help” for the list of commands.</source>
        <translation>Run “%1 --help” for the list of commands.</translation>
    </message>
    <message>
        <source>There is no command “%1”.</source>
        <translation>There is no command “%1”.</translation>
    </message>
    <message>
        <source>The option --lang does not know the language “%1”; use zh_CN or en.</source>
        <translation>The option --lang does not know the language “%1”; use zh_CN or en.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No command given.</translation>
    </message>
    <message>
        <source>“%1” needs a sub-command: %2.</source>
        <translation>“%1” needs a sub-command: %2.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Unknown command “%1”.</translation>
    </message>
    <message>
        <source>The option --workspace needs a file name.</source>
        <translation>The option --workspace needs a file name.</translation>
    </message>
    <message>
        <source>Create one with “%1 %2init”.</source>
        <translation>Create one with “%1 %2init”.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Usage: %1</translation>
    </message>
    <message>
        <source>Run “%1 help %2” for all options.</source>
        <translation>Run “%1 help %2” for all options.</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Arguments:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <source>Global options (--workspace, --lang, --read-only): see “%1 --help”.</source>
        <translation>Global options (--workspace, --lang, --read-only): see “%1 --help”.</translation>
    </message>
    <message>
        <source>Print JSON (UTF-8) instead of text</source>
        <translation>Print JSON (UTF-8) instead of text</translation>
    </message>
    <message>
        <source>Show this help</source>
        <translation>Show this help</translation>
    </message>
    <message>
        <source>Show at most N (default: %1; 0 shows all)</source>
        <translation>Show at most N (default: %1; 0 shows all)</translation>
    </message>
    <message>
        <source>The option --%1 needs a whole number of 0 or more, not “%2”.</source>
        <translation>The option --%1 needs a whole number of 0 or more, not “%2”.</translation>
    </message>
    <message>
        <source>The customer was not saved:</source>
        <translation>The customer was not saved:</translation>
    </message>
    <message>
        <source>Nothing to change: give at least one --FIELD VALUE, for example --phone 13812345678.</source>
        <translation>Nothing to change: give at least one --FIELD VALUE, for example --phone 13812345678.</translation>
    </message>
    <message>
        <source>Saved “%1” (%2).</source>
        <translation>Saved “%1” (%2).</translation>
    </message>
    <message>
        <source>Deleted “%1” (%2).</source>
        <translation>Deleted “%1” (%2).</translation>
    </message>
    <message>
        <source>The option --%1 does not accept “%2”. Use one of: %3.</source>
        <translation>The option --%1 does not accept “%2”. Use one of: %3.</translation>
    </message>
    <message>
        <source>No customers match.</source>
        <translation>No customers match.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>The customer&apos;s id (as printed by “customer add” and “customer list”)</source>
        <translation>The customer&apos;s id (as printed by “customer add” and “customer list”)</translation>
    </message>
    <message>
        <source>Add a customer and print its id; --owner NAME finds or creates the team member</source>
        <translation>Add a customer and print its id; --owner NAME finds or creates the team member</translation>
    </message>
    <message>
        <source>Change fields of a customer: --FIELD VALUE for each (an empty VALUE clears it)</source>
        <translation>Change fields of a customer: --FIELD VALUE for each (an empty VALUE clears it)</translation>
    </message>
    <message>
        <source>Delete a customer (kept as a tombstone, so the deletion syncs)</source>
        <translation>Delete a customer (kept as a tombstone, so the deletion syncs)</translation>
    </message>
    <message>
        <source>Show a customer with contacts, recent interactions, open follow-ups and orders</source>
        <translation>Show a customer with contacts, recent interactions, open follow-ups and orders</translation>
    </message>
    <message>
        <source>List customers by name, optionally of one owner, tier or lifecycle level</source>
        <translation>List customers by name, optionally of one owner, tier or lifecycle level</translation>
    </message>
    <message>
        <source>Only the customers of this team member</source>
        <translation>Only the customers of this team member</translation>
    </message>
    <message>
        <source>Only this relationship tier (code, English or Chinese label)</source>
        <translation>Only this relationship tier (code, English or Chinese label)</translation>
    </message>
    <message>
        <source>Only this lifecycle level</source>
        <translation>Only this lifecycle level</translation>
    </message>
    <message>
        <source>snoozed until %1</source>
        <translation>snoozed until %1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>due today</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>upcoming</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Customer since</translation>
    </message>
    <message>
        <source>Contacts (%1)</source>
        <translation>Contacts (%1)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Recent interactions (%1 of %2)</source>
        <translation>Recent interactions (%1 of %2)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Promised</translation>
    </message>
    <message>
        <source>Open follow-ups (%1)</source>
        <translation>Open follow-ups (%1)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>Orders (%1)</source>
        <translation>Orders (%1)</translation>
    </message>
    <message>
        <source>Total %1; last on %2</source>
        <translation>Total %1; last on %2</translation>
    </message>
    <message>
        <source>The option --seed needs a whole number, not “%1”.</source>
        <translation>The option --seed needs a whole number, not “%1”.</translation>
    </message>
    <message>
        <source>Generating customers: %1 of %2 (%3%)</source>
        <translation>Generating customers: %1 of %2 (%3%)</translation>
    </message>
    <message>
        <source>Building the indexes…</source>
        <translation>Building the indexes…</translation>
    </message>
    <message>
        <source>Building the search index…</source>
        <translation>Building the search index…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Writing the log into the file…</source>
        <translation>Writing the log into the file…</translation>
    </message>
    <message>
        <source>Fill the workspace with realistic sample data (created when missing; Ctrl-C leaves it unchanged)</source>
        <translation>Fill the workspace with realistic sample data (created when missing; Ctrl-C leaves it unchanged)</translation>
    </message>
    <message>
        <source>How many customers to create</source>
        <translation>How many customers to create</translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same data (default: 1)</source>
        <translation>Random seed: the same seed gives the same data (default: 1)</translation>
    </message>
    <message>
        <source>The search text is empty.</source>
        <translation>The search text is empty.</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Nothing found for “%1”.</translation>
    </message>
    <message>
        <source>Find customers by name, contact, phone, e-mail or city, as the search box does</source>
        <translation>Find customers by name, contact, phone, e-mail or city, as the search box does</translation>
    </message>
    <message>
        <source>What to look for; several words must all match</source>
        <translation>What to look for; several words must all match</translation>
    </message>
    <message>
        <source>“%1” is already a Guanxi workspace (format %2); nothing was changed.</source>
        <translation>“%1” is already a Guanxi workspace (format %2); nothing was changed.</translation>
    </message>
    <message>
        <source>Created the workspace “%1”.</source>
        <translation>Created the workspace “%1”.</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>File size</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 bytes)</translation>
    </message>
    <message>
        <source>Replica id</source>
        <translation>Replica id</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Team members</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>%1 (open %2, overdue %3)</source>
        <translation>%1 (open %2, overdue %3)</translation>
    </message>
    <message numerus="yes">
        <source>The workspace “%1” has %n problem(s):</source>
        <translation>
            <numerusform>The workspace “%1” has %n problem:</numerusform>
            <numerusform>The workspace “%1” has %n problems:</numerusform>
        </translation>
    </message>
    <message>
        <source>Quick check passed: “%1” is fine.</source>
        <translation>Quick check passed: “%1” is fine.</translation>
    </message>
    <message>
        <source>Integrity check passed: “%1” is fine.</source>
        <translation>Integrity check passed: “%1” is fine.</translation>
    </message>
    <message>
        <source>Backing up: %1%</source>
        <translation>Backing up: %1%</translation>
    </message>
    <message>
        <source>Backed up “%1” to “%2” (%3).</source>
        <translation>Backed up “%1” to “%2” (%3).</translation>
    </message>
    <message>
        <source>Create a new, empty workspace (an existing workspace is left as it is)</source>
        <translation>Create a new, empty workspace (an existing workspace is left as it is)</translation>
    </message>
    <message>
        <source>Show the workspace&apos;s path, format, size, replica id and how many records it holds</source>
        <translation>Show the workspace&apos;s path, format, size, replica id and how many records it holds</translation>
    </message>
    <message>
        <source>Check the workspace&apos;s integrity (database pages, references, search index)</source>
        <translation>Check the workspace&apos;s integrity (database pages, references, search index)</translation>
    </message>
    <message>
        <source>Only the quick check that also runs when a workspace is opened</source>
        <translation>Only the quick check that also runs when a workspace is opened</translation>
    </message>
    <message>
        <source>Copy the workspace to FILE, safely even while it is in use</source>
        <translation>Copy the workspace to FILE, safely even while it is in use</translation>
    </message>
    <message>
        <source>The backup file to create; an existing file is never overwritten</source>
        <translation>The backup file to create; an existing file is never overwritten</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (required)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (separated by commas)</source>
        <translation>%1 (separated by commas)</translation>
    </message>
    <message>
        <source>%1 (a team member; created when new)</source>
        <translation>%1 (a team member; created when new)</translation>
    </message>
    <message>
        <source>%1 (this version writes format %2)</source>
        <translation>%1 (this version writes format %2)</translation>
    </message>
    <message>
        <source>The option --%1 needs a date such as 2026-11-23, not “%2”.</source>
        <translation>The option --%1 needs a date such as 2026-11-23, not “%2”.</translation>
    </message>
    <message>
        <source>Cannot export “%1”. Use one of: customers, contacts, orders, interactions, followups.</source>
        <translation>Cannot export “%1”. Use one of: customers, contacts, orders, interactions, followups.</translation>
    </message>
    <message>
        <source>The option --format does not accept “%1”. Use one of: csv, xlsx, vcard, ics.</source>
        <translation>The option --format does not accept “%1”. Use one of: csv, xlsx, vcard, ics.</translation>
    </message>
    <message>
        <source>Cannot tell the format from the name “%1”: end it in .csv, .xlsx, .vcf or .ics, or add --format.</source>
        <translation>Cannot tell the format from the name “%1”: end it in .csv, .xlsx, .vcf or .ics, or add --format.</translation>
    </message>
    <message>
        <source>The option --encoding is for CSV files only.</source>
        <translation>The option --encoding is for CSV files only.</translation>
    </message>
    <message>
        <source>The option --encoding does not accept “%1”. Use one of: utf-8, utf-8-bom, gb18030.</source>
        <translation>The option --encoding does not accept “%1”. Use one of: utf-8, utf-8-bom, gb18030.</translation>
    </message>
    <message>
        <source>The option --no-excel-safe is for CSV and Excel files only.</source>
        <translation>The option --no-excel-safe is for CSV and Excel files only.</translation>
    </message>
    <message>
        <source>The option --headers is for CSV and Excel files only.</source>
        <translation>The option --headers is for CSV and Excel files only.</translation>
    </message>
    <message>
        <source>The option --headers does not accept “%1”. Use one of: en, zh, codes.</source>
        <translation>The option --headers does not accept “%1”. Use one of: en, zh, codes.</translation>
    </message>
    <message>
        <source>The option --columns is for CSV and Excel files only.</source>
        <translation>The option --columns is for CSV and Excel files only.</translation>
    </message>
    <message>
        <source>There is no column “%1” for %2. The columns are: %3.</source>
        <translation>There is no column “%1” for %2. The columns are: %3.</translation>
    </message>
    <message>
        <source>The option --columns needs at least one column.</source>
        <translation>The option --columns needs at least one column.</translation>
    </message>
    <message>
        <source>The option --vcard-version is for vCard files only.</source>
        <translation>The option --vcard-version is for vCard files only.</translation>
    </message>
    <message>
        <source>The option --vcard-version does not accept “%1”. Use 4.0 or 3.0.</source>
        <translation>The option --vcard-version does not accept “%1”. Use 4.0 or 3.0.</translation>
    </message>
    <message>
        <source>The option --ics-as is for follow-ups in calendar files only.</source>
        <translation>The option --ics-as is for follow-ups in calendar files only.</translation>
    </message>
    <message>
        <source>The option --ics-as does not accept “%1”. Use todo or event.</source>
        <translation>The option --ics-as does not accept “%1”. Use todo or event.</translation>
    </message>
    <message>
        <source>The option --%1 selects customers; it does not apply to %2.</source>
        <translation>The option --%1 selects customers; it does not apply to %2.</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to customers; use --search, --tier, --lifecycle or --owner.</source>
        <translation>The option --%1 does not apply to customers; use --search, --tier, --lifecycle or --owner.</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2.</source>
        <translation>--from %1 is after --to %2.</translation>
    </message>
    <message>
        <source>“%1” already exists; add --force to replace it.</source>
        <translation>“%1” already exists; add --force to replace it.</translation>
    </message>
    <message>
        <source>Exporting: %1 of %2 (%3%)</source>
        <translation>Exporting: %1 of %2 (%3%)</translation>
    </message>
    <message>
        <source>Export customers, contacts, orders, interactions or follow-ups to CSV, Excel, vCard or iCalendar (never replaces a file unless --force; Ctrl-C leaves no file)</source>
        <translation>Export customers, contacts, orders, interactions or follow-ups to CSV, Excel, vCard or iCalendar (never replaces a file unless --force; Ctrl-C leaves no file)</translation>
    </message>
    <message>
        <source>csv, xlsx, vcard (contacts) or ics (follow-ups, interactions); default: from the file name</source>
        <translation>csv, xlsx, vcard (contacts) or ics (follow-ups, interactions); default: from the file name</translation>
    </message>
    <message>
        <source>CSV only: utf-8-bom (default; Excel everywhere), gb18030 (Excel on Chinese Windows) or utf-8 (scripts)</source>
        <translation>CSV only: utf-8-bom (default; Excel everywhere), gb18030 (Excel on Chinese Windows) or utf-8 (scripts)</translation>
    </message>
    <message>
        <source>Write text starting with = + - @ as it is (by default a &apos; is put in front, so spreadsheets never run it)</source>
        <translation>Write text starting with = + - @ as it is (by default a &apos; is put in front, so spreadsheets never run it)</translation>
    </message>
    <message>
        <source>Header row and enum values: en, zh or codes (default: the language of messages)</source>
        <translation>Header row and enum values: en, zh or codes (default: the language of messages)</translation>
    </message>
    <message>
        <source>Only these columns, in this order, separated by commas (codes or headers; default: all)</source>
        <translation>Only these columns, in this order, separated by commas (codes or headers; default: all)</translation>
    </message>
    <message>
        <source>4.0 (default) or 3.0 for older address books</source>
        <translation>4.0 (default) or 3.0 for older address books</translation>
    </message>
    <message>
        <source>Follow-ups as todo (default) or event, for calendars that ignore to-dos</source>
        <translation>Follow-ups as todo (default) or event, for calendars that ignore to-dos</translation>
    </message>
    <message>
        <source>Customers: only those the search box finds for TEXT</source>
        <translation>Customers: only those the search box finds for TEXT</translation>
    </message>
    <message>
        <source>Customers: only this relationship tier</source>
        <translation>Customers: only this relationship tier</translation>
    </message>
    <message>
        <source>Customers: only this lifecycle level</source>
        <translation>Customers: only this lifecycle level</translation>
    </message>
    <message>
        <source>Customers: only those of this team member</source>
        <translation>Customers: only those of this team member</translation>
    </message>
    <message>
        <source>Other records: only this customer&apos;s</source>
        <translation>Other records: only this customer&apos;s</translation>
    </message>
    <message>
        <source>Orders, interactions, follow-ups: on or after this day</source>
        <translation>Orders, interactions, follow-ups: on or after this day</translation>
    </message>
    <message>
        <source>Orders, interactions, follow-ups: on or before this day</source>
        <translation>Orders, interactions, follow-ups: on or before this day</translation>
    </message>
    <message>
        <source>Replace FILE when it exists</source>
        <translation>Replace FILE when it exists</translation>
    </message>
    <message>
        <source>customers, contacts, orders, interactions or followups</source>
        <translation>customers, contacts, orders, interactions or followups</translation>
    </message>
    <message>
        <source>The file to write</source>
        <translation>The file to write</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln customer(s) to “%1”.</source>
        <translation>
            <numerusform>Exported %Ln customer to “%1”.</numerusform>
            <numerusform>Exported %Ln customers to “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln contact(s) to “%1”.</source>
        <translation>
            <numerusform>Exported %Ln contact to “%1”.</numerusform>
            <numerusform>Exported %Ln contacts to “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln order(s) to “%1”.</source>
        <translation>
            <numerusform>Exported %Ln order to “%1”.</numerusform>
            <numerusform>Exported %Ln orders to “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln interaction(s) to “%1”.</source>
        <translation>
            <numerusform>Exported %Ln interaction to “%1”.</numerusform>
            <numerusform>Exported %Ln interactions to “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln follow-up(s) to “%1”.</source>
        <translation>
            <numerusform>Exported %Ln follow-up to “%1”.</numerusform>
            <numerusform>Exported %Ln follow-ups to “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warning: %Ln cell(s) were longer than Excel allows (32,767 characters) and were cut; a CSV export keeps them whole.</source>
        <translation>
            <numerusform>Warning: %Ln cell was longer than Excel allows (32,767 characters) and was cut; a CSV export keeps them whole.</numerusform>
            <numerusform>Warning: %Ln cells were longer than Excel allows (32,767 characters) and were cut; a CSV export keeps them whole.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the column mapping “%1”: %2</source>
        <translation>Cannot read the column mapping “%1”: %2</translation>
    </message>
    <message>
        <source>There is neither a file nor a saved column mapping called “%1”. “%2” lists the saved ones.</source>
        <translation>There is neither a file nor a saved column mapping called “%1”. “%2” lists the saved ones.</translation>
    </message>
    <message>
        <source>“%1” from line %2</source>
        <translation>“%1” from line %2</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>“%1” (%2)</translation>
    </message>
    <message>
        <source>Imported customers from “%1”.</source>
        <translation>Imported customers from “%1”.</translation>
    </message>
    <message>
        <source>Imported contacts from “%1”.</source>
        <translation>Imported contacts from “%1”.</translation>
    </message>
    <message>
        <source>Imported orders from “%1”.</source>
        <translation>Imported orders from “%1”.</translation>
    </message>
    <message>
        <source>Imported interactions from “%1”.</source>
        <translation>Imported interactions from “%1”.</translation>
    </message>
    <message>
        <source>Batch %1 (undo with “guanxi-cli undo-import %1”).</source>
        <translation>Batch %1 (undo with “guanxi-cli undo-import %1”).</translation>
    </message>
    <message>
        <source>Nothing was imported from “%1” (--strict): %2</source>
        <translation>Nothing was imported from “%1” (--strict): %2</translation>
    </message>
    <message>
        <source>Dry run of “%1”, nothing was saved. %2</source>
        <translation>Dry run of “%1”, nothing was saved. %2</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Columns:</translation>
    </message>
    <message>
        <source>Duplicates:</source>
        <translation>Duplicates:</translation>
    </message>
    <message>
        <source>Rejected rows:</source>
        <translation>Rejected rows:</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>The rejected rows are in “%1”, with the reason in the last column: fix them there and import that file again.</source>
        <translation>The rejected rows are in “%1”, with the reason in the last column: fix them there and import that file again.</translation>
    </message>
    <message>
        <source>Add --rejects %1 to save them for fixing and importing again.</source>
        <translation>Add --rejects %1 to save them for fixing and importing again.</translation>
    </message>
    <message>
        <source>The option --encoding takes auto, utf-8, gb18030 or utf-16, not “%1”.</source>
        <translation>The option --encoding takes auto, utf-8, gb18030 or utf-16, not “%1”.</translation>
    </message>
    <message>
        <source>The option --delimiter takes auto, comma, semicolon or tab, not “%1”.</source>
        <translation>The option --delimiter takes auto, comma, semicolon or tab, not “%1”.</translation>
    </message>
    <message>
        <source>The option --on-duplicate takes skip, update or create, not “%1”.</source>
        <translation>The option --on-duplicate takes skip, update or create, not “%1”.</translation>
    </message>
    <message>
        <source>The option --save-mapping needs a name.</source>
        <translation>The option --save-mapping needs a name.</translation>
    </message>
    <message>
        <source>The rejected rows cannot be written over the file being imported.</source>
        <translation>The rejected rows cannot be written over the file being imported.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) are not valid and --strict accepts only a file without errors.</source>
        <translation>
            <numerusform>Nothing was imported: %n row is not valid and --strict accepts only a file without errors.</numerusform>
            <numerusform>Nothing was imported: %n rows are not valid and --strict accepts only a file without errors.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported into this workspace yet.</source>
        <translation>Nothing was imported into this workspace yet.</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Undone</translation>
    </message>
    <message>
        <source>No column mappings are saved; “import … --save-mapping NAME” saves one.</source>
        <translation>No column mappings are saved; “import … --save-mapping NAME” saves one.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>The file&apos;s text encoding (default: auto)</source>
        <translation>The file&apos;s text encoding (default: auto)</translation>
    </message>
    <message>
        <source>What separates the fields (default: auto)</source>
        <translation>What separates the fields (default: auto)</translation>
    </message>
    <message>
        <source>Which column holds which field: a JSON mapping file, or a mapping saved with --save-mapping; columns it does not name are guessed from the header</source>
        <translation>Which column holds which field: a JSON mapping file, or a mapping saved with --save-mapping; columns it does not name are guessed from the header</translation>
    </message>
    <message>
        <source>Save the column mapping used under this name</source>
        <translation>Save the column mapping used under this name</translation>
    </message>
    <message>
        <source>A row matching an existing record (same ID, credit code, phone, e-mail or name): leave the record alone (default), write the row&apos;s non-empty cells over it, or create a new one anyway</source>
        <translation>A row matching an existing record (same ID, credit code, phone, e-mail or name): leave the record alone (default), write the row&apos;s non-empty cells over it, or create a new one anyway</translation>
    </message>
    <message>
        <source>Import nothing when any row is invalid</source>
        <translation>Import nothing when any row is invalid</translation>
    </message>
    <message>
        <source>Do everything and report, but save nothing</source>
        <translation>Do everything and report, but save nothing</translation>
    </message>
    <message>
        <source>Write the rejected rows with their reasons to FILE (CSV for Excel), to fix and import again</source>
        <translation>Write the rejected rows with their reasons to FILE (CSV for Excel), to fix and import again</translation>
    </message>
    <message>
        <source>Take back an import: remove what it created and restore what it updated (refused when its records were changed since)</source>
        <translation>Take back an import: remove what it created and restore what it updated (refused when its records were changed since)</translation>
    </message>
    <message>
        <source>The batch id the import printed (or its first 8 or more characters)</source>
        <translation>The batch id the import printed (or its first 8 or more characters)</translation>
    </message>
    <message>
        <source>List the imports into this workspace, newest first</source>
        <translation>List the imports into this workspace, newest first</translation>
    </message>
    <message>
        <source>List the column mappings saved with import --save-mapping</source>
        <translation>List the column mappings saved with import --save-mapping</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln customer(s); --limit N shows more (0: all).</source>
        <translation>
            <numerusform>Showing %1 of %Ln customer; --limit N shows more (0: all).</numerusform>
            <numerusform>Showing %1 of %Ln customers; --limit N shows more (0: all).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %Ln customer(s) in %1 s (seed %2).</source>
        <translation>
            <numerusform>Created %Ln customer in %1 s (seed %2).</numerusform>
            <numerusform>Created %Ln customers in %1 s (seed %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Contacts: %1, interactions: %2, orders: %3, follow-ups: %4, team members: %5.</source>
        <translation>Contacts: %1, interactions: %2, orders: %3, follow-ups: %4, team members: %5.</translation>
    </message>
    <message>
        <source>line %1 has the same %2 as %3: skipped</source>
        <translation>line %1 has the same %2 as %3: skipped</translation>
    </message>
    <message>
        <source>line %1 has the same %2 as %3: updates it</source>
        <translation>line %1 has the same %2 as %3: updates it</translation>
    </message>
    <message>
        <source>line %1 has the same %2 as %3: nothing to change</source>
        <translation>line %1 has the same %2 as %3: nothing to change</translation>
    </message>
    <message>
        <source>line %1 has the same %2 as %3: created anyway</source>
        <translation>line %1 has the same %2 as %3: created anyway</translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s) read. Created: %1, updated: %2, skipped as duplicates: %3, rejected: %4.</source>
        <translation>
            <numerusform>%Ln card read. Created: %1, updated: %2, skipped as duplicates: %3, rejected: %4.</numerusform>
            <numerusform>%Ln cards read. Created: %1, updated: %2, skipped as duplicates: %3, rejected: %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) read. Created: %1, updated: %2, skipped as duplicates: %3, rejected: %4.</source>
        <translation>
            <numerusform>%Ln row read. Created: %1, updated: %2, skipped as duplicates: %3, rejected: %4.</numerusform>
            <numerusform>%Ln rows read. Created: %1, updated: %2, skipped as duplicates: %3, rejected: %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more (--json lists them).</source>
        <translation>
            <numerusform>… and %Ln more (--json lists them).</numerusform>
            <numerusform>… and %Ln more (--json lists them).</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected cards:</source>
        <translation>Rejected cards:</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more.</source>
        <translation>
            <numerusform>… and %Ln more.</numerusform>
            <numerusform>… and %Ln more.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rejected cards are in “%1”, a CSV file with the reason in the last column.</source>
        <translation>The rejected cards are in “%1”, a CSV file with the reason in the last column.</translation>
    </message>
    <message>
        <source>Add --rejects %1 to save them with their reasons as a CSV file.</source>
        <translation>Add --rejects %1 to save them with their reasons as a CSV file.</translation>
    </message>
    <message>
        <source>Import what? “%1” is not one of customers, contacts, orders, interactions, vcard.</source>
        <translation>Import what? “%1” is not one of customers, contacts, orders, interactions, vcard.</translation>
    </message>
    <message>
        <source>The option --%1 is for CSV files: a vCard names its own fields and character sets.</source>
        <translation>The option --%1 is for CSV files: a vCard names its own fields and character sets.</translation>
    </message>
    <message numerus="yes">
        <source>Importing: %Ln row(s) (%1%)</source>
        <translation>
            <numerusform>Importing: %Ln row (%1%)</numerusform>
            <numerusform>Importing: %Ln rows (%1%)</numerusform>
        </translation>
    </message>
    <message>
        <source>Undid the import %1 of “%2”.</source>
        <translation>Undid the import %1 of “%2”.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) removed.</source>
        <translation>
            <numerusform>%Ln record removed.</numerusform>
            <numerusform>%Ln records removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) restored to the values before the import.</source>
        <translation>
            <numerusform>%Ln record restored to the values before the import.</numerusform>
            <numerusform>%Ln records restored to the values before the import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln team member(s) the import added stay, as other records name them.</source>
        <translation>
            <numerusform>%Ln team member the import added stay, as other records name them.</numerusform>
            <numerusform>%Ln team members the import added stay, as other records name them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>The option --%1 is for CSV files: an Excel workbook keeps its text in Unicode and its cells apart.</source>
        <translation>The option --%1 is for CSV files: an Excel workbook keeps its text in Unicode and its cells apart.</translation>
    </message>
    <message>
        <source>The option --sheet is for Excel workbooks (.xlsx).</source>
        <translation>The option --sheet is for Excel workbooks (.xlsx).</translation>
    </message>
    <message>
        <source>Import customers, contacts, orders or interactions from a CSV file or an Excel workbook, or contacts and their companies from a vCard file, all or nothing, as one batch that undo-import can take back</source>
        <translation>Import customers, contacts, orders or interactions from a CSV file or an Excel workbook, or contacts and their companies from a vCard file, all or nothing, as one batch that undo-import can take back</translation>
    </message>
    <message>
        <source>The sheet of an Excel workbook to read (default: the first)</source>
        <translation>The sheet of an Excel workbook to read (default: the first)</translation>
    </message>
    <message>
        <source>customers, contacts, orders or interactions (CSV or .xlsx), or vcard: the people of a .vcf file (vCard 2.1, 3.0 or 4.0) become contacts, each of the customer its ORG names (created when there is none) or, without ORG, of a customer of kind person</source>
        <translation>customers, contacts, orders or interactions (CSV or .xlsx), or vcard: the people of a .vcf file (vCard 2.1, 3.0 or 4.0) become contacts, each of the customer its ORG names (created when there is none) or, without ORG, of a customer of kind person</translation>
    </message>
    <message>
        <source>The CSV file or Excel workbook (.xlsx), whose first row names the columns, or the vCard file</source>
        <translation>The CSV file or Excel workbook (.xlsx), whose first row names the columns, or the vCard file</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>“%1” (column %2)</source>
        <translation>“%1” (column %2)</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>column %1</translation>
    </message>
    <message>
        <source>The column mapping is not valid JSON: %1 (at character %2).</source>
        <translation>The column mapping is not valid JSON: %1 (at character %2).</translation>
    </message>
    <message>
        <source>The column mapping names an unknown entity “%1”; use customers, contacts, orders or interactions.</source>
        <translation>The column mapping names an unknown entity “%1”; use customers, contacts, orders or interactions.</translation>
    </message>
    <message>
        <source>In the column mapping, “%1” must be true or false.</source>
        <translation>In the column mapping, “%1” must be true or false.</translation>
    </message>
    <message>
        <source>In the column mapping, “columns” must be an object: {&quot;field&quot;: &quot;column&quot;, …}.</source>
        <translation>In the column mapping, “columns” must be an object: {&quot;field&quot;: &quot;column&quot;, …}.</translation>
    </message>
    <message>
        <source>In the column mapping, “%1” must name a column by its header text, by its number (1 is the first column), or be null.</source>
        <translation>In the column mapping, “%1” must name a column by its header text, by its number (1 is the first column), or be null.</translation>
    </message>
    <message>
        <source>The column mapping has an unknown entry “%1” (known: entity, header, guess, columns).</source>
        <translation>The column mapping has an unknown entry “%1” (known: entity, header, guess, columns).</translation>
    </message>
    <message>
        <source>The column mapping is for %1, not for %2.</source>
        <translation>The column mapping is for %1, not for %2.</translation>
    </message>
    <message>
        <source>The column mapping names “%1”, which %2 do not have. Their fields are: %3.</source>
        <translation>The column mapping names “%1”, which %2 do not have. Their fields are: %3.</translation>
    </message>
    <message>
        <source>The column mapping says the file has no header row, so columns must be given by number (%1).</source>
        <translation>The column mapping says the file has no header row, so columns must be given by number (%1).</translation>
    </message>
    <message>
        <source>The column mapping puts %1 in the column “%2”, which the file does not have. Its columns are: %3.</source>
        <translation>The column mapping puts %1 in the column “%2”, which the file does not have. Its columns are: %3.</translation>
    </message>
    <message>
        <source>The column mapping puts both %1 and %2 in %3.</source>
        <translation>The column mapping puts both %1 and %2 in %3.</translation>
    </message>
    <message>
        <source>%1 / %2 (or %3 / %4)</source>
        <translation>%1 / %2 (or %3 / %4)</translation>
    </message>
    <message>
        <source>No column was found for: %1. The file&apos;s columns are: %2. Rename the column in the file or map it with a column mapping.</source>
        <translation>No column was found for: %1. The file&apos;s columns are: %2. Rename the column in the file or map it with a column mapping.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>%1 ← %2</source>
        <translation>%1 ← %2</translation>
    </message>
    <message>
        <source>The column mapping must be a JSON object: {&quot;columns&quot;: {&quot;field&quot;: &quot;column&quot;, …}}.</source>
        <translation>The column mapping must be a JSON object: {&quot;columns&quot;: {&quot;field&quot;: &quot;column&quot;, …}}.</translation>
    </message>
    <message numerus="yes">
        <source>The column mapping puts %1 in column %2, but the file has only %n column(s).</source>
        <translation>
            <numerusform>The column mapping puts %1 in column %2, but the file has only %n column.</numerusform>
            <numerusform>The column mapping puts %1 in column %2, but the file has only %n columns.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactRepository</name>
    <message>
        <source>There is no customer with id %1.</source>
        <translation>There is no customer with id %1.</translation>
    </message>
    <message>
        <source>There is no contact with id %1.</source>
        <translation>There is no contact with id %1.</translation>
    </message>
</context>
<context>
    <name>ContactRole</name>
    <message>
        <source>Decision maker</source>
        <translation>Decision maker</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>Influencer</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Gatekeeper</source>
        <translation>Gatekeeper</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Champion</translation>
    </message>
</context>
<context>
    <name>CsvDecoder</name>
    <message>
        <source>The text converter for this encoding is not available.</source>
        <translation>The text converter for this encoding is not available.</translation>
    </message>
    <message>
        <source>The file ends in the middle of a character on line %1 (bytes %2): it may have been cut off.</source>
        <translation>The file ends in the middle of a character on line %1 (bytes %2): it may have been cut off.</translation>
    </message>
    <message>
        <source>Line %1 is UTF-8 text in a file read as GB18030/GBK: the file mixes two encodings. Save it again in one encoding, or choose UTF-8 if the whole file is UTF-8.</source>
        <translation>Line %1 is UTF-8 text in a file read as GB18030/GBK: the file mixes two encodings. Save it again in one encoding, or choose UTF-8 if the whole file is UTF-8.</translation>
    </message>
    <message>
        <source>Line %1 is not valid GB18030/GBK text (bytes %2): the file may mix encodings or not be a text file.</source>
        <translation>Line %1 is not valid GB18030/GBK text (bytes %2): the file may mix encodings or not be a text file.</translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-16 text (bytes %2): the file may be damaged.</source>
        <translation>Line %1 is not valid UTF-16 text (bytes %2): the file may be damaged.</translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-8 text (bytes %2): the file may mix encodings. Choose its encoding by hand, or open it in a spreadsheet and save it again as CSV UTF-8.</source>
        <translation>Line %1 is not valid UTF-8 text (bytes %2): the file may mix encodings. Choose its encoding by hand, or open it in a spreadsheet and save it again as CSV UTF-8.</translation>
    </message>
</context>
<context>
    <name>CsvNames</name>
    <message>
        <source>Detect automatically</source>
        <translation>Detect automatically</translation>
    </message>
    <message>
        <source>UTF-8 with byte order mark</source>
        <translation>UTF-8 with byte order mark</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>GB18030 / GBK (Chinese Windows)</source>
        <translation>GB18030 / GBK (Chinese Windows)</translation>
    </message>
    <message>
        <source>UTF-16 (Unicode Text)</source>
        <translation>UTF-16 (Unicode Text)</translation>
    </message>
    <message>
        <source>UTF-16 little-endian (Unicode Text)</source>
        <translation>UTF-16 little-endian (Unicode Text)</translation>
    </message>
    <message>
        <source>UTF-16 big-endian</source>
        <translation>UTF-16 big-endian</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Comma</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Semicolon</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>certain</source>
        <translation>certain</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>likely</translation>
    </message>
    <message>
        <source>a guess</source>
        <translation>a guess</translation>
    </message>
</context>
<context>
    <name>CsvParser</name>
    <message>
        <source>The quoted field that starts on line %1 has no closing quote (&quot;): the rest of the file would be read as one field.</source>
        <translation>The quoted field that starts on line %1 has no closing quote (&quot;): the rest of the file would be read as one field.</translation>
    </message>
    <message>
        <source>Line %1 contains a NUL character: this does not look like a text file.</source>
        <translation>Line %1 contains a NUL character: this does not look like a text file.</translation>
    </message>
    <message>
        <source>Line %1 contains a byte order mark (U+FEFF) in the middle of the file: were two files joined together? Remove it and try again.</source>
        <translation>Line %1 contains a byte order mark (U+FEFF) in the middle of the file: were two files joined together? Remove it and try again.</translation>
    </message>
    <message>
        <source>Line %1 contains U+FFFE, a byte order mark in the wrong byte order: the file&apos;s encoding may be chosen wrongly.</source>
        <translation>Line %1 contains U+FFFE, a byte order mark in the wrong byte order: the file&apos;s encoding may be chosen wrongly.</translation>
    </message>
    <message>
        <source>Line %1 contains the control character U+%2: this does not look like a text file.</source>
        <translation>Line %1 contains the control character U+%2: this does not look like a text file.</translation>
    </message>
    <message numerus="yes">
        <source>Line %1: field %2 is longer than %Ln character(s), the most one field may hold.</source>
        <translation>
            <numerusform>Line %1: field %2 is longer than %Ln character, the most one field may hold.</numerusform>
            <numerusform>Line %1: field %2 is longer than %Ln characters, the most one field may hold.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Line %1: the record is longer than %Ln character(s), the most one record may hold.</source>
        <translation>
            <numerusform>Line %1: the record is longer than %Ln character, the most one record may hold.</numerusform>
            <numerusform>Line %1: the record is longer than %Ln characters, the most one record may hold.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Line %1 has more than %Ln field(s), the most Guanxi reads in one record.</source>
        <translation>
            <numerusform>Line %1 has more than %Ln field, the most Guanxi reads in one record.</numerusform>
            <numerusform>Line %1 has more than %Ln fields, the most Guanxi reads in one record.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file “%1” is empty: it has no rows.</source>
        <translation>The file “%1” is empty: it has no rows.</translation>
    </message>
    <message>
        <source>Reading “%1” was cancelled.</source>
        <translation>Reading “%1” was cancelled.</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>The file “%1” does not exist.</translation>
    </message>
    <message>
        <source>Cannot open the file “%1”: %2</source>
        <translation>Cannot open the file “%1”: %2</translation>
    </message>
    <message>
        <source>Cannot read the file “%1”: %2</source>
        <translation>Cannot read the file “%1”: %2</translation>
    </message>
    <message>
        <source>The file “%1” disappeared while it was being read.</source>
        <translation>The file “%1” disappeared while it was being read.</translation>
    </message>
    <message>
        <source>The file “%1” changed while it was being read: another program may be writing it. Close that program and try again.</source>
        <translation>The file “%1” changed while it was being read: another program may be writing it. Close that program and try again.</translation>
    </message>
</context>
<context>
    <name>CsvSniffer</name>
    <message>
        <source>The file starts with the byte order mark of %1, so it cannot be read as %2.</source>
        <translation>The file starts with the byte order mark of %1, so it cannot be read as %2.</translation>
    </message>
    <message>
        <source>The file mixes two encodings: line %1 is UTF-8 text, line %2 is not (it may be GB18030/GBK). Open it in a spreadsheet, save it again in one encoding and try again.</source>
        <translation>The file mixes two encodings: line %1 is UTF-8 text, line %2 is not (it may be GB18030/GBK). Open it in a spreadsheet, save it again in one encoding and try again.</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GB18030/GBK text (both fail by line %1): it may not be a text file, or use another encoding. Open it in a spreadsheet, save it as CSV UTF-8 and try again.</source>
        <translation>The file is neither UTF-8 nor GB18030/GBK text (both fail by line %1): it may not be a text file, or use another encoding. Open it in a spreadsheet, save it as CSV UTF-8 and try again.</translation>
    </message>
</context>
<context>
    <name>CustomerFields</name>
    <message>
        <source>%1: “%2” is not one of the choices. Use one of: %3.</source>
        <translation>%1: “%2” is not one of the choices. Use one of: %3.</translation>
    </message>
    <message>
        <source>%1 cannot be empty.</source>
        <translation>%1 cannot be empty.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>%1: “%2” is neither yes nor no.</source>
        <translation>%1: “%2” is neither yes nor no.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Relationship tier</source>
        <translation>Relationship tier</translation>
    </message>
    <message>
        <source>Lifecycle level</source>
        <translation>Lifecycle level</translation>
    </message>
    <message>
        <source>Lifecycle set by hand</source>
        <translation>Lifecycle set by hand</translation>
    </message>
    <message>
        <source>Value segment</source>
        <translation>Value segment</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Do not contact</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>%1: “%2” is not a rating from 1 to 5.</source>
        <translation>%1: “%2” is not a rating from 1 to 5.</translation>
    </message>
</context>
<context>
    <name>CustomerKind</name>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
</context>
<context>
    <name>CustomerRepository</name>
    <message>
        <source>The owner (%1) is not a member of the team.</source>
        <translation>The owner (%1) is not a member of the team.</translation>
    </message>
    <message>
        <source>There is no customer with id %1.</source>
        <translation>There is no customer with id %1.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The number of customers cannot be negative.</source>
        <translation>The number of customers cannot be negative.</translation>
    </message>
</context>
<context>
    <name>DuplicateMatch</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>credit code</source>
        <translation>credit code</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>phone number</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>e-mail address</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>order number</source>
        <translation>order number</translation>
    </message>
    <message>
        <source>date, amount and product</source>
        <translation>date, amount and product</translation>
    </message>
    <message>
        <source>time, channel and summary</source>
        <translation>time, channel and summary</translation>
    </message>
</context>
<context>
    <name>ExportScope</name>
    <message>
        <source>search “%1”</source>
        <translation>search “%1”</translation>
    </message>
    <message>
        <source>tier: %1</source>
        <translation>tier: %1</translation>
    </message>
    <message>
        <source>lifecycle: %1</source>
        <translation>lifecycle: %1</translation>
    </message>
    <message>
        <source>owner: %1</source>
        <translation>owner: %1</translation>
    </message>
    <message>
        <source>All %1 customers in the list</source>
        <translation>All %1 customers in the list</translation>
    </message>
    <message>
        <source>The %1 customers in the list (%2)</source>
        <translation>The %1 customers in the list (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Customers %1</source>
        <translation>Customers %1</translation>
    </message>
    <message>
        <source>The contacts of “%1”</source>
        <translation>The contacts of “%1”</translation>
    </message>
    <message>
        <source>Contacts of %1</source>
        <translation>Contacts of %1</translation>
    </message>
    <message>
        <source>All contacts of all customers</source>
        <translation>All contacts of all customers</translation>
    </message>
    <message>
        <source>Contacts %1</source>
        <translation>Contacts %1</translation>
    </message>
    <message>
        <source>Follow-ups %1</source>
        <translation>Follow-ups %1</translation>
    </message>
    <message>
        <source>Everyone’s open follow-ups (overdue, today and the next %1 days)</source>
        <translation>Everyone’s open follow-ups (overdue, today and the next %1 days)</translation>
    </message>
    <message>
        <source>Unassigned open follow-ups (overdue, today and the next %1 days)</source>
        <translation>Unassigned open follow-ups (overdue, today and the next %1 days)</translation>
    </message>
    <message>
        <source>%1’s open follow-ups (overdue, today and the next %2 days)</source>
        <translation>%1’s open follow-ups (overdue, today and the next %2 days)</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>The export was cancelled; no file was written.</translation>
    </message>
    <message>
        <source>There is no column “%1” for %2. The columns are: %3.</source>
        <translation>There is no column “%1” for %2. The columns are: %3.</translation>
    </message>
    <message>
        <source>Guanxi interactions</source>
        <translation>Guanxi interactions</translation>
    </message>
    <message>
        <source>Guanxi follow-ups</source>
        <translation>Guanxi follow-ups</translation>
    </message>
    <message>
        <source>Only contacts can be exported as vCards (.vcf).</source>
        <translation>Only contacts can be exported as vCards (.vcf).</translation>
    </message>
    <message>
        <source>Only follow-ups and interactions can be exported as calendars (.ics).</source>
        <translation>Only follow-ups and interactions can be exported as calendars (.ics).</translation>
    </message>
    <message>
        <source>Columns can only be chosen for CSV and Excel files.</source>
        <translation>Columns can only be chosen for CSV and Excel files.</translation>
    </message>
    <message>
        <source>Cannot write “%1”; nothing was saved.</source>
        <translation>Cannot write “%1”; nothing was saved.</translation>
    </message>
</context>
<context>
    <name>FileSink</name>
    <message>
        <source>Cannot write the file “%1”.</source>
        <translation>Cannot write the file “%1”.</translation>
    </message>
</context>
<context>
    <name>FollowUpEditing</name>
    <message>
        <source>Follow-up not changed</source>
        <translation>Follow-up not changed</translation>
    </message>
    <message>
        <source>Delete follow-up</source>
        <translation>Delete follow-up</translation>
    </message>
    <message>
        <source>Delete the follow-up “%1”?
You can undo this with Edit ▸ Undo.</source>
        <translation>Delete the follow-up “%1”?
You can undo this with Edit ▸ Undo.</translation>
    </message>
    <message>
        <source>Follow-up not deleted</source>
        <translation>Follow-up not deleted</translation>
    </message>
</context>
<context>
    <name>FollowUpRepository</name>
    <message>
        <source>There is no customer with id %1.</source>
        <translation>There is no customer with id %1.</translation>
    </message>
    <message>
        <source>There is no team member with id %1.</source>
        <translation>There is no team member with id %1.</translation>
    </message>
    <message>
        <source>There is no follow-up with id %1.</source>
        <translation>There is no follow-up with id %1.</translation>
    </message>
</context>
<context>
    <name>FollowUpStatus</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>FollowUpText</name>
    <message>
        <source>Done %1</source>
        <translation>Done %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Overdue since %1</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Snoozed until %1</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>ICalendarWriter</name>
    <message>
        <source>Customer: %1</source>
        <translation>Customer: %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Owner: %1</translation>
    </message>
    <message>
        <source>Snoozed; first due on %1</source>
        <translation>Snoozed; first due on %1</translation>
    </message>
    <message>
        <source>%1 (done)</source>
        <translation>%1 (done)</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Contact: %1</translation>
    </message>
    <message>
        <source>Staff: %1</source>
        <translation>Staff: %1</translation>
    </message>
    <message>
        <source>Commitments: %1</source>
        <translation>Commitments: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ImportBatchRepository</name>
    <message>
        <source>“%1” is not a table an import writes.</source>
        <translation>“%1” is not a table an import writes.</translation>
    </message>
    <message>
        <source>No record with id %1.</source>
        <translation>No record with id %1.</translation>
    </message>
    <message>
        <source>Several imports have ids that start with “%1”; give more of the id.</source>
        <translation>Several imports have ids that start with “%1”; give more of the id.</translation>
    </message>
    <message>
        <source>There is no import with the id “%1”.</source>
        <translation>There is no import with the id “%1”.</translation>
    </message>
    <message>
        <source>The import %1 was already undone (%2).</source>
        <translation>The import %1 was already undone (%2).</translation>
    </message>
    <message>
        <source>Records it created were changed afterwards: %1.</source>
        <translation>Records it created were changed afterwards: %1.</translation>
    </message>
    <message>
        <source>Records it updated were changed again afterwards: %1.</source>
        <translation>Records it updated were changed again afterwards: %1.</translation>
    </message>
    <message>
        <source>The import %1 was not undone, because undoing it now would lose later work:</source>
        <translation>The import %1 was not undone, because undoing it now would lose later work:</translation>
    </message>
    <message>
        <source>Nothing was changed. Undo the later changes (or later imports) first, or edit the records by hand.</source>
        <translation>Nothing was changed. Undo the later changes (or later imports) first, or edit the records by hand.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) added after the import refer to records it created.</source>
        <translation>
            <numerusform>%n customer added after the import refer to records it created.</numerusform>
            <numerusform>%n customers added after the import refer to records it created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) added after the import refer to records it created.</source>
        <translation>
            <numerusform>%n contact added after the import refer to records it created.</numerusform>
            <numerusform>%n contacts added after the import refer to records it created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) added after the import refer to records it created.</source>
        <translation>
            <numerusform>%n order added after the import refer to records it created.</numerusform>
            <numerusform>%n orders added after the import refer to records it created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s) added after the import refer to records it created.</source>
        <translation>
            <numerusform>%n interaction added after the import refer to records it created.</numerusform>
            <numerusform>%n interactions added after the import refer to records it created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) added after the import refer to records it created.</source>
        <translation>
            <numerusform>%n follow-up added after the import refer to records it created.</numerusform>
            <numerusform>%n follow-ups added after the import refer to records it created.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportEntities</name>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interactions</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Relationship tier</source>
        <translation>Relationship tier</translation>
    </message>
    <message>
        <source>Lifecycle level</source>
        <translation>Lifecycle level</translation>
    </message>
    <message>
        <source>Lifecycle set by hand</source>
        <translation>Lifecycle set by hand</translation>
    </message>
    <message>
        <source>Value segment</source>
        <translation>Value segment</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Do not contact</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>Customer ID</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>Primary contact</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Order number</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Contact ID</source>
        <translation>Contact ID</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <source>Customer&apos;s city</source>
        <translation>Customer&apos;s city</translation>
    </message>
    <message>
        <source>Customer&apos;s region</source>
        <translation>Customer&apos;s region</translation>
    </message>
    <message>
        <source>Customer&apos;s address</source>
        <translation>Customer&apos;s address</translation>
    </message>
</context>
<context>
    <name>ImportMappingRepository</name>
    <message>
        <source>A saved column mapping needs a name.</source>
        <translation>A saved column mapping needs a name.</translation>
    </message>
    <message>
        <source>There is no saved column mapping called “%1”.</source>
        <translation>There is no saved column mapping called “%1”.</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>%1: “%2” is neither yes nor no.</source>
        <translation>%1: “%2” is neither yes nor no.</translation>
    </message>
    <message>
        <source>The contact with ID %1 was deleted from the workspace; clear the ID cell to import the row as a new contact.</source>
        <translation>The contact with ID %1 was deleted from the workspace; clear the ID cell to import the row as a new contact.</translation>
    </message>
    <message>
        <source>The contact with ID %1 belongs to another customer.</source>
        <translation>The contact with ID %1 belongs to another customer.</translation>
    </message>
    <message>
        <source>The customer with ID %1 was deleted from the workspace; clear the ID cell to import the row as a new customer.</source>
        <translation>The customer with ID %1 was deleted from the workspace; clear the ID cell to import the row as a new customer.</translation>
    </message>
    <message>
        <source>ID: “%1” is not an ID (a UUID such as 0190a1b2-…); leave the cell empty for a new record.</source>
        <translation>ID: “%1” is not an ID (a UUID such as 0190a1b2-…); leave the cell empty for a new record.</translation>
    </message>
    <message>
        <source>Created: “%1” is not a date and time such as 2024-03-05 14:30.</source>
        <translation>Created: “%1” is not a date and time such as 2024-03-05 14:30.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: “%2” is not one of the choices. Use one of: %3.</source>
        <translation>%1: “%2” is not one of the choices. Use one of: %3.</translation>
    </message>
    <message>
        <source>Customer ID: “%1” is not an ID (a UUID such as 0190a1b2-…).</source>
        <translation>Customer ID: “%1” is not an ID (a UUID such as 0190a1b2-…).</translation>
    </message>
    <message>
        <source>The customer with ID %1 was deleted.</source>
        <translation>The customer with ID %1 was deleted.</translation>
    </message>
    <message>
        <source>There is no customer with ID %1.</source>
        <translation>There is no customer with ID %1.</translation>
    </message>
    <message>
        <source>The customer is missing.</source>
        <translation>The customer is missing.</translation>
    </message>
    <message>
        <source>There is no customer named “%1”. Import the customers first, or correct the name.</source>
        <translation>There is no customer named “%1”. Import the customers first, or correct the name.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Column %1</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Cancelled: nothing was imported.</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row and no data.</source>
        <translation>The file is empty: it has no header row and no data.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date and time such as 2024-03-05 14:30.</source>
        <translation>%1: “%2” is not a date and time such as 2024-03-05 14:30.</translation>
    </message>
    <message>
        <source>%1: the customer has no contact with ID “%2”.</source>
        <translation>%1: the customer has no contact with ID “%2”.</translation>
    </message>
    <message>
        <source>%1: the customer has no contact named “%2”. Import the contacts first, or leave the cell empty.</source>
        <translation>%1: the customer has no contact named “%2”. Import the contacts first, or leave the cell empty.</translation>
    </message>
    <message>
        <source>The interaction with ID %1 was deleted from the workspace; clear the ID cell to import the row as a new interaction.</source>
        <translation>The interaction with ID %1 was deleted from the workspace; clear the ID cell to import the row as a new interaction.</translation>
    </message>
    <message>
        <source>The interaction with ID %1 belongs to another customer.</source>
        <translation>The interaction with ID %1 belongs to another customer.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date such as 2024-03-05.</source>
        <translation>%1: “%2” is not a date such as 2024-03-05.</translation>
    </message>
    <message>
        <source>%1: “%2” is not an amount in yuan such as 1234.50 (at most two decimals).</source>
        <translation>%1: “%2” is not an amount in yuan such as 1234.50 (at most two decimals).</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 is missing.</translation>
    </message>
    <message>
        <source>The order with ID %1 was deleted from the workspace; clear the ID cell to import the row as a new order.</source>
        <translation>The order with ID %1 was deleted from the workspace; clear the ID cell to import the row as a new order.</translation>
    </message>
    <message>
        <source>The order with ID %1 belongs to another customer.</source>
        <translation>The order with ID %1 belongs to another customer.</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Customer: %1</translation>
    </message>
    <message numerus="yes">
        <source>Contact person: the name is too long (%n character(s); at most %1).</source>
        <translation>
            <numerusform>Contact person: the name is too long (%n character; at most %1).</numerusform>
            <numerusform>Contact person: the name is too long (%n characters; at most %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customers are named “%1”; give the customer&apos;s ID instead (column Customer ID).</source>
        <translation>
            <numerusform>%n customers are named “%1”; give the customer&apos;s ID instead (column Customer ID).</numerusform>
            <numerusform>%n customers are named “%1”; give the customer&apos;s ID instead (column Customer ID).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The row has %n field(s) where the header has %1 (a missing or extra delimiter or quote?).</source>
        <translation>
            <numerusform>The row has %n field where the header has %1 (a missing or extra delimiter or quote?).</numerusform>
            <numerusform>The row has %n fields where the header has %1 (a missing or extra delimiter or quote?).</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has a header row but no rows of data below it: there is nothing to import.</source>
        <translation>The file has a header row but no rows of data below it: there is nothing to import.</translation>
    </message>
    <message>
        <source>The file “%1” is an old Excel workbook (.xls) or another Office document, not a CSV file. Open it in Excel or WPS, save it as “CSV UTF-8” and import that file.</source>
        <translation>The file “%1” is an old Excel workbook (.xls) or another Office document, not a CSV file. Open it in Excel or WPS, save it as “CSV UTF-8” and import that file.</translation>
    </message>
    <message>
        <source>The file “%1” is an Excel workbook protected with a password. Open it in Excel or WPS, save it without a password and import that file.</source>
        <translation>The file “%1” is an Excel workbook protected with a password. Open it in Excel or WPS, save it without a password and import that file.</translation>
    </message>
</context>
<context>
    <name>InteractionChannel</name>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Chat / WeChat</source>
        <translation>Chat / WeChat</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>InteractionRepository</name>
    <message>
        <source>There is no customer with id %1.</source>
        <translation>There is no customer with id %1.</translation>
    </message>
    <message>
        <source>There is no contact with id %1.</source>
        <translation>There is no contact with id %1.</translation>
    </message>
    <message>
        <source>There is no team member with id %1.</source>
        <translation>There is no team member with id %1.</translation>
    </message>
    <message>
        <source>There is no interaction with id %1.</source>
        <translation>There is no interaction with id %1.</translation>
    </message>
</context>
<context>
    <name>LifecycleLevel</name>
    <message>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Regular</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>Established</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>Loyal</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Upgrading the workspace to format %1 failed</source>
        <translation>Upgrading the workspace to format %1 failed</translation>
    </message>
</context>
<context>
    <name>OrderRepository</name>
    <message>
        <source>There is no customer with id %1.</source>
        <translation>There is no customer with id %1.</translation>
    </message>
    <message>
        <source>There is no order with id %1.</source>
        <translation>There is no order with id %1.</translation>
    </message>
</context>
<context>
    <name>PartFile</name>
    <message>
        <source>“%1” is a folder; give a file name.</source>
        <translation>“%1” is a folder; give a file name.</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name, or allow replacing it.</source>
        <translation>“%1” already exists. Choose another name, or allow replacing it.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>The folder “%1” does not exist.</translation>
    </message>
    <message>
        <source>Cannot write in the folder “%1”.</source>
        <translation>Cannot write in the folder “%1”.</translation>
    </message>
    <message>
        <source>Cannot save “%1”.</source>
        <translation>Cannot save “%1”.</translation>
    </message>
    <message>
        <source>“%1” was created by someone else during the export; it was left as it is.</source>
        <translation>“%1” was created by someone else during the export; it was left as it is.</translation>
    </message>
</context>
<context>
    <name>RejectsWriter</name>
    <message>
        <source>Cannot write the rejected rows to “%1”: %2</source>
        <translation>Cannot write the rejected rows to “%1”: %2</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>RelationshipTier</name>
    <message>
        <source>Transactional</source>
        <translation>Transactional</translation>
    </message>
    <message>
        <source>Preferred supplier</source>
        <translation>Preferred supplier</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Strategic alliance</source>
        <translation>Strategic alliance</translation>
    </message>
</context>
<context>
    <name>Screenshot</name>
    <message>
        <source>Cannot create the folder for “%1”.</source>
        <translation>Cannot create the folder for “%1”.</translation>
    </message>
    <message>
        <source>Cannot write the screenshot “%1”.</source>
        <translation>Cannot write the screenshot “%1”.</translation>
    </message>
</context>
<context>
    <name>SearchRepository</name>
    <message>
        <source>Searching for “%1” failed.</source>
        <translation>Searching for “%1” failed.</translation>
    </message>
</context>
<context>
    <name>SourceChannel</name>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Trade show</source>
        <translation>Trade show</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>Advertising</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Social media</translation>
    </message>
    <message>
        <source>Cold outreach</source>
        <translation>Cold outreach</translation>
    </message>
    <message>
        <source>E-commerce platform</source>
        <translation>E-commerce platform</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>StaffRepository</name>
    <message>
        <source>There is no team member with id %1.</source>
        <translation>There is no team member with id %1.</translation>
    </message>
    <message>
        <source>There is no team member called “%1”.</source>
        <translation>There is no team member called “%1”.</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>No record with id %1.</source>
        <translation>No record with id %1.</translation>
    </message>
    <message>
        <source>Another program is using this workspace. Close it or wait a moment, then try again.</source>
        <translation>Another program is using this workspace. Close it or wait a moment, then try again.</translation>
    </message>
    <message>
        <source>The workspace file cannot be written (it is read-only).</source>
        <translation>The workspace file cannot be written (it is read-only).</translation>
    </message>
    <message>
        <source>The workspace file is damaged. Restore it from a backup.</source>
        <translation>The workspace file is damaged. Restore it from a backup.</translation>
    </message>
    <message>
        <source>The file is not a Guanxi workspace.</source>
        <translation>The file is not a Guanxi workspace.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>The disk is full.</translation>
    </message>
    <message>
        <source>The file could not be read or written.</source>
        <translation>The file could not be read or written.</translation>
    </message>
    <message>
        <source>The database reported an error.</source>
        <translation>The database reported an error.</translation>
    </message>
    <message>
        <source>This SQLite library has no full-text search (FTS5); Guanxi needs SQLite built with FTS5.</source>
        <translation>This SQLite library has no full-text search (FTS5); Guanxi needs SQLite built with FTS5.</translation>
    </message>
    <message>
        <source>Preparing the database connection failed</source>
        <translation>Preparing the database connection failed</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>TextEncoder</name>
    <message>
        <source>This system cannot write GB18030 text.</source>
        <translation>This system cannot write GB18030 text.</translation>
    </message>
</context>
<context>
    <name>UndoCommand</name>
    <message>
        <source>New customer “%1”</source>
        <translation>New customer “%1”</translation>
    </message>
    <message>
        <source>Edit customer “%1”</source>
        <translation>Edit customer “%1”</translation>
    </message>
    <message>
        <source>Delete customer “%1”</source>
        <translation>Delete customer “%1”</translation>
    </message>
    <message>
        <source>New contact “%1”</source>
        <translation>New contact “%1”</translation>
    </message>
    <message>
        <source>Edit contact “%1”</source>
        <translation>Edit contact “%1”</translation>
    </message>
    <message>
        <source>Delete contact “%1”</source>
        <translation>Delete contact “%1”</translation>
    </message>
    <message>
        <source>Log %1</source>
        <translation>Log %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Delete %1</translation>
    </message>
    <message>
        <source>New follow-up “%1”</source>
        <translation>New follow-up “%1”</translation>
    </message>
    <message>
        <source>Mark “%1” done</source>
        <translation>Mark “%1” done</translation>
    </message>
    <message>
        <source>Reopen “%1”</source>
        <translation>Reopen “%1”</translation>
    </message>
    <message>
        <source>Snooze “%1”</source>
        <translation>Snooze “%1”</translation>
    </message>
    <message>
        <source>Edit follow-up “%1”</source>
        <translation>Edit follow-up “%1”</translation>
    </message>
    <message>
        <source>Delete follow-up “%1”</source>
        <translation>Delete follow-up “%1”</translation>
    </message>
    <message>
        <source>New team member “%1”</source>
        <translation>New team member “%1”</translation>
    </message>
    <message>
        <source>Edit team member “%1”</source>
        <translation>Edit team member “%1”</translation>
    </message>
    <message>
        <source>Remove team member “%1”</source>
        <translation>Remove team member “%1”</translation>
    </message>
</context>
<context>
    <name>VCardBuilder</name>
    <message>
        <source>Line %1 is not valid quoted-printable: each “=” must be followed by two hexadecimal digits or end the line.</source>
        <translation>Line %1 is not valid quoted-printable: each “=” must be followed by two hexadecimal digits or end the line.</translation>
    </message>
    <message>
        <source>Line %1 is not valid base64.</source>
        <translation>Line %1 is not valid base64.</translation>
    </message>
    <message>
        <source>The card that begins on line %1 holds more than %2 MB of text: it is not a contact Guanxi can import.</source>
        <translation>The card that begins on line %1 holds more than %2 MB of text: it is not a contact Guanxi can import.</translation>
    </message>
</context>
<context>
    <name>VCardContact</name>
    <message>
        <source>The card is a contact group, not a person: it is not imported.</source>
        <translation>The card is a contact group, not a person: it is not imported.</translation>
    </message>
    <message>
        <source>The card describes a place, not a person: it is not imported.</source>
        <translation>The card describes a place, not a person: it is not imported.</translation>
    </message>
    <message>
        <source>The card has no name: neither FN nor N nor ORG gives one.</source>
        <translation>The card has no name: neither FN nor N nor ORG gives one.</translation>
    </message>
</context>
<context>
    <name>VCardLineReader</name>
    <message>
        <source>Reading the file failed after line %1: %2</source>
        <translation>Reading the file failed after line %1: %2</translation>
    </message>
    <message>
        <source>The file is UTF-16 text. Guanxi reads vCards in UTF-8 (or in the CHARSET each line names): save the file again as UTF-8.</source>
        <translation>The file is UTF-16 text. Guanxi reads vCards in UTF-8 (or in the CHARSET each line names): save the file again as UTF-8.</translation>
    </message>
    <message>
        <source>Line %1 holds a NUL byte: the file is binary data, not the text of a vCard.</source>
        <translation>Line %1 holds a NUL byte: the file is binary data, not the text of a vCard.</translation>
    </message>
</context>
<context>
    <name>VCardReader</name>
    <message>
        <source>“%1” is a folder, not a vCard file.</source>
        <translation>“%1” is a folder, not a vCard file.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>Cannot open “%1”: %2</translation>
    </message>
    <message>
        <source>The file holds no vCard: it is empty.</source>
        <translation>The file holds no vCard: it is empty.</translation>
    </message>
    <message>
        <source>This is not a vCard file: line %1 should be BEGIN:VCARD but reads “%2”.</source>
        <translation>This is not a vCard file: line %1 should be BEGIN:VCARD but reads “%2”.</translation>
    </message>
    <message>
        <source>Line %1 stands outside the cards (after an END:VCARD, before the next BEGIN:VCARD): “%2”.</source>
        <translation>Line %1 stands outside the cards (after an END:VCARD, before the next BEGIN:VCARD): “%2”.</translation>
    </message>
    <message>
        <source>The card that begins on line %1 has no END:VCARD: the file may have been cut off.</source>
        <translation>The card that begins on line %1 has no END:VCARD: the file may have been cut off.</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 MB: it is not a vCard property Guanxi can read.</source>
        <translation>Line %1 is longer than %2 MB: it is not a vCard property Guanxi can read.</translation>
    </message>
    <message>
        <source>Line %1 is not a vCard property (NAME:value): “%2”.</source>
        <translation>Line %1 is not a vCard property (NAME:value): “%2”.</translation>
    </message>
    <message>
        <source>Line %1 begins a new card, but the card that begins on line %2 has no END:VCARD.</source>
        <translation>Line %1 begins a new card, but the card that begins on line %2 has no END:VCARD.</translation>
    </message>
    <message>
        <source>Line %1 ends “%2”, but the card that begins on line %3 is still open.</source>
        <translation>Line %1 ends “%2”, but the card that begins on line %3 is still open.</translation>
    </message>
    <message>
        <source>Line %1 (%2) is longer than %3 MB: too long to import.</source>
        <translation>Line %1 (%2) is longer than %3 MB: too long to import.</translation>
    </message>
</context>
<context>
    <name>VCardValue</name>
    <message>
        <source>Line %1 is not valid %2 text (bytes %3): the file may be damaged or mix encodings.</source>
        <translation>Line %1 is not valid %2 text (bytes %3): the file may be damaged or mix encodings.</translation>
    </message>
    <message>
        <source>Line %1 is in the character set “%2”, which Guanxi cannot read.</source>
        <translation>Line %1 is in the character set “%2”, which Guanxi cannot read.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>“%1” is not a phone number Guanxi recognises. Use a mobile number (13812345678), a fixed line with its area code (010-12345678) or an international number starting with +.</source>
        <translation>“%1” is not a phone number Guanxi recognises. Use a mobile number (13812345678), a fixed line with its area code (010-12345678) or an international number starting with +.</translation>
    </message>
    <message>
        <source>The phone number is empty.</source>
        <translation>The phone number is empty.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address: it has no @.</source>
        <translation>“%1” is not an e-mail address: it has no @.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address: nothing comes before the @.</source>
        <translation>“%1” is not an e-mail address: nothing comes before the @.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address: the part before the @ has spaces or characters that are not allowed.</source>
        <translation>“%1” is not an e-mail address: the part before the @ has spaces or characters that are not allowed.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address: “%2” is not a domain like example.com.</source>
        <translation>“%1” is not an e-mail address: “%2” is not a domain like example.com.</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters; “%1” has %2.</source>
        <translation>A unified social credit code has 18 characters; “%1” has %2.</translation>
    </message>
    <message>
        <source>“%1” contains characters a unified social credit code never uses (I, O, S, V, Z or symbols).</source>
        <translation>“%1” contains characters a unified social credit code never uses (I, O, S, V, Z or symbols).</translation>
    </message>
    <message>
        <source>“%1” is not a valid unified social credit code: the check character should be %2. Please check for a typing error.</source>
        <translation>“%1” is not a valid unified social credit code: the check character should be %2. Please check for a typing error.</translation>
    </message>
    <message>
        <source>The name is too long (%1 characters; at most %2).</source>
        <translation>The name is too long (%1 characters; at most %2).</translation>
    </message>
    <message>
        <source>Every customer needs a name.</source>
        <translation>Every customer needs a name.</translation>
    </message>
    <message>
        <source>A web address cannot contain spaces.</source>
        <translation>A web address cannot contain spaces.</translation>
    </message>
    <message>
        <source>Satisfaction is rated from 1 to 5.</source>
        <translation>Satisfaction is rated from 1 to 5.</translation>
    </message>
    <message>
        <source>Every contact needs a name.</source>
        <translation>Every contact needs a name.</translation>
    </message>
    <message>
        <source>A contact belongs to a customer; none was given.</source>
        <translation>A contact belongs to a customer; none was given.</translation>
    </message>
    <message>
        <source>An interaction belongs to a customer; none was given.</source>
        <translation>An interaction belongs to a customer; none was given.</translation>
    </message>
    <message>
        <source>When did it happen? The date and time are missing.</source>
        <translation>When did it happen? The date and time are missing.</translation>
    </message>
    <message>
        <source>Write a short summary of what happened.</source>
        <translation>Write a short summary of what happened.</translation>
    </message>
    <message>
        <source>A follow-up belongs to a customer; none was given.</source>
        <translation>A follow-up belongs to a customer; none was given.</translation>
    </message>
    <message>
        <source>Say what needs to be done.</source>
        <translation>Say what needs to be done.</translation>
    </message>
    <message>
        <source>A follow-up needs a due date.</source>
        <translation>A follow-up needs a due date.</translation>
    </message>
    <message>
        <source>An order belongs to a customer; none was given.</source>
        <translation>An order belongs to a customer; none was given.</translation>
    </message>
    <message>
        <source>An order needs a date.</source>
        <translation>An order needs a date.</translation>
    </message>
    <message>
        <source>“%1” is not a three-letter currency code such as CNY.</source>
        <translation>“%1” is not a three-letter currency code such as CNY.</translation>
    </message>
    <message>
        <source>A cost cannot be negative.</source>
        <translation>A cost cannot be negative.</translation>
    </message>
    <message>
        <source>Every team member needs a name.</source>
        <translation>Every team member needs a name.</translation>
    </message>
</context>
<context>
    <name>ValueSegment</name>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Potential</translation>
    </message>
    <message>
        <source>Migrating</source>
        <translation>Migrating</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Frozen</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Qt&apos;s SQLite driver is not installed (on Debian: the package libqt6sql6-sqlite).</source>
        <translation>Qt&apos;s SQLite driver is not installed (on Debian: the package libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Cannot open “%1”</source>
        <translation>Cannot open “%1”</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver did not give access to its connection.</source>
        <translation>Qt&apos;s SQLite driver did not give access to its connection.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a workspace file.</source>
        <translation>“%1” is a folder, not a workspace file.</translation>
    </message>
    <message>
        <source>There is no workspace at “%1”.</source>
        <translation>There is no workspace at “%1”.</translation>
    </message>
    <message>
        <source>“%1” is an empty file, not a Guanxi workspace.</source>
        <translation>“%1” is an empty file, not a Guanxi workspace.</translation>
    </message>
    <message>
        <source>A new workspace cannot be created read-only.</source>
        <translation>A new workspace cannot be created read-only.</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>Cannot create the folder “%1”.</translation>
    </message>
    <message>
        <source>Cannot create a workspace at “%1”: %2</source>
        <translation>Cannot create a workspace at “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” cannot be read (check its permissions).</source>
        <translation>“%1” cannot be read (check its permissions).</translation>
    </message>
    <message>
        <source>“%1” is not a Guanxi workspace: it is not a database file.</source>
        <translation>“%1” is not a Guanxi workspace: it is not a database file.</translation>
    </message>
    <message>
        <source>“%1” is a database, but not a Guanxi workspace.</source>
        <translation>“%1” is a database, but not a Guanxi workspace.</translation>
    </message>
    <message>
        <source>“%1” is an empty database, not a Guanxi workspace.</source>
        <translation>“%1” is an empty database, not a Guanxi workspace.</translation>
    </message>
    <message>
        <source>“%1” needs to be upgraded to this version of Guanxi, but the file is read-only. Copy it to a folder you can write to and open the copy.</source>
        <translation>“%1” needs to be upgraded to this version of Guanxi, but the file is read-only. Copy it to a folder you can write to and open the copy.</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of Guanxi (workspace format %2; this version reads formats up to %3). Update Guanxi to open it.</source>
        <translation>“%1” was saved by a newer version of Guanxi (workspace format %2; this version reads formats up to %3). Update Guanxi to open it.</translation>
    </message>
    <message>
        <source>Cannot read “%1”</source>
        <translation>Cannot read “%1”</translation>
    </message>
    <message>
        <source>“%1” is locked by another program. Close the other program (or wait until it finishes) and try again.</source>
        <translation>“%1” is locked by another program. Close the other program (or wait until it finishes) and try again.</translation>
    </message>
    <message>
        <source>“%1” is damaged and was not opened. Restore it from a backup. First problem found: %2</source>
        <translation>“%1” is damaged and was not opened. Restore it from a backup. First problem found: %2</translation>
    </message>
    <message>
        <source>The workspace was not upgraded because the backup copy could not be made: %1</source>
        <translation>The workspace was not upgraded because the backup copy could not be made: %1</translation>
    </message>
    <message>
        <source>The workspace has lost its device identity (meta.replica_id).</source>
        <translation>The workspace has lost its device identity (meta.replica_id).</translation>
    </message>
    <message>
        <source>“%1” is damaged: the table “%2” is missing. Restore it from a backup.</source>
        <translation>“%1” is damaged: the table “%2” is missing. Restore it from a backup.</translation>
    </message>
    <message>
        <source>“%1” is open read-only: changes cannot be saved.</source>
        <translation>“%1” is open read-only: changes cannot be saved.</translation>
    </message>
    <message>
        <source>Row %1 of table “%2” refers to a missing row in “%3”.</source>
        <translation>Row %1 of table “%2” refers to a missing row in “%3”.</translation>
    </message>
    <message>
        <source>The search index does not match the customers: %1</source>
        <translation>The search index does not match the customers: %1</translation>
    </message>
    <message>
        <source>A backup cannot overwrite the workspace itself.</source>
        <translation>A backup cannot overwrite the workspace itself.</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name for the backup.</source>
        <translation>“%1” already exists. Choose another name for the backup.</translation>
    </message>
    <message>
        <source>Cannot create the folder for “%1”.</source>
        <translation>Cannot create the folder for “%1”.</translation>
    </message>
    <message>
        <source>The backup was cancelled.</source>
        <translation>The backup was cancelled.</translation>
    </message>
    <message>
        <source>The backup to “%1” failed</source>
        <translation>The backup to “%1” failed</translation>
    </message>
    <message>
        <source>The backup could not be saved as “%1”.</source>
        <translation>The backup could not be saved as “%1”.</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>The file “%1” is a ZIP archive, not a CSV file or an Excel workbook.</source>
        <translation>The file “%1” is a ZIP archive, not a CSV file or an Excel workbook.</translation>
    </message>
</context>
<context>
    <name>XlsxSharedStrings</name>
    <message>
        <source>The workbook “%1” holds more than %2 million characters of text, more than Guanxi reads from one workbook. Save it as CSV UTF-8 and import that file.</source>
        <translation>The workbook “%1” holds more than %2 million characters of text, more than Guanxi reads from one workbook. Save it as CSV UTF-8 and import that file.</translation>
    </message>
</context>
<context>
    <name>XlsxSheetReader</name>
    <message>
        <source>Row %1 of the workbook “%2” has a cell beyond column XFD, the last one a sheet has: the workbook is damaged.</source>
        <translation>Row %1 of the workbook “%2” has a cell beyond column XFD, the last one a sheet has: the workbook is damaged.</translation>
    </message>
    <message>
        <source>Cell %1 of the workbook “%2” refers to text that the workbook does not hold: the workbook is damaged.</source>
        <translation>Cell %1 of the workbook “%2” refers to text that the workbook does not hold: the workbook is damaged.</translation>
    </message>
</context>
<context>
    <name>XlsxTableWriter</name>
    <message>
        <source>The Excel file could not be written.</source>
        <translation>The Excel file could not be written.</translation>
    </message>
</context>
<context>
    <name>XlsxWorkbook</name>
    <message>
        <source>The workbook “%1” has no worksheet.</source>
        <translation>The workbook “%1” has no worksheet.</translation>
    </message>
    <message>
        <source>The workbook “%1” has no sheet named “%2”. Its sheets: %3.</source>
        <translation>The workbook “%1” has no sheet named “%2”. Its sheets: %3.</translation>
    </message>
</context>
<context>
    <name>XmlPartReader</name>
    <message>
        <source>The part “%1” of the file “%2” ends in the middle of its XML (line %3): the workbook is damaged.</source>
        <translation>The part “%1” of the file “%2” ends in the middle of its XML (line %3): the workbook is damaged.</translation>
    </message>
    <message>
        <source>The part “%1” of the file “%2” is not valid XML at line %3: the workbook is damaged.</source>
        <translation>The part “%1” of the file “%2” is not valid XML at line %3: the workbook is damaged.</translation>
    </message>
    <message>
        <source>The part “%1” of the file “%2” holds an element larger than %3 MB near line %4: Guanxi does not read it.</source>
        <translation>The part “%1” of the file “%2” holds an element larger than %3 MB near line %4: Guanxi does not read it.</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>The file “%1” does not exist.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a file.</source>
        <translation>“%1” is a folder, not a file.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>Cannot open “%1”: %2</translation>
    </message>
    <message>
        <source>The file “%1” is damaged: it starts like a ZIP archive (as an Excel workbook is), but its list of contents cannot be read. Was it cut short while being copied or downloaded?</source>
        <translation>The file “%1” is damaged: it starts like a ZIP archive (as an Excel workbook is), but its list of contents cannot be read. Was it cut short while being copied or downloaded?</translation>
    </message>
    <message>
        <source>The part “%1” of the file “%2” cannot be read: the file is damaged, or it changed while it was being read.</source>
        <translation>The part “%1” of the file “%2” cannot be read: the file is damaged, or it changed while it was being read.</translation>
    </message>
    <message>
        <source>The file “%1” has no part “%2”.</source>
        <translation>The file “%1” has no part “%2”.</translation>
    </message>
    <message>
        <source>The file “%1” is encrypted: save it again without a password and import that file.</source>
        <translation>The file “%1” is encrypted: save it again without a password and import that file.</translation>
    </message>
</context>
<context>
    <name>guanxi::BackupController</name>
    <message>
        <source>%1 backup %2</source>
        <translation>%1 backup %2</translation>
    </message>
    <message>
        <source>Back up workspace</source>
        <translation>Back up workspace</translation>
    </message>
    <message>
        <source>Guanxi workspaces (*.guanxi)</source>
        <translation>Guanxi workspaces (*.guanxi)</translation>
    </message>
    <message>
        <source>Backing up “%1”…</source>
        <translation>Backing up “%1”…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>The backup was written to “%1” but could not replace “%2”.</source>
        <translation>The backup was written to “%1” but could not replace “%2”.</translation>
    </message>
    <message>
        <source>The workspace was backed up to “%1”.</source>
        <translation>The workspace was backed up to “%1”.</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Backup failed</translation>
    </message>
</context>
<context>
    <name>guanxi::ContactDialog</name>
    <message>
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <source>Edit contact “%1”</source>
        <translation>Edit contact “%1”</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Job title:</translation>
    </message>
    <message>
        <source>&amp;Role in the decision:</source>
        <translation>&amp;Role in the decision:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;WeChat:</source>
        <translation>&amp;WeChat:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>&amp;Primary contact</source>
        <translation>&amp;Primary contact</translation>
    </message>
    <message>
        <source>e.g. Purchasing manager</source>
        <translation>e.g. Purchasing manager</translation>
    </message>
    <message>
        <source>e.g. 138 1234 5678</source>
        <translation>e.g. 138 1234 5678</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
</context>
<context>
    <name>guanxi::ContactTableModel</name>
    <message>
        <source>%1 — primary contact</source>
        <translation>%1 — primary contact</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Role in the decision</source>
        <translation>Role in the decision</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
</context>
<context>
    <name>guanxi::ContactsPanel</name>
    <message>
        <source>Delete contact</source>
        <translation>Delete contact</translation>
    </message>
    <message>
        <source>Delete the contact “%1”?
You can undo this with Edit ▸ Undo.</source>
        <translation>Delete the contact “%1”?
You can undo this with Edit ▸ Undo.</translation>
    </message>
    <message>
        <source>Contact not deleted</source>
        <translation>Contact not deleted</translation>
    </message>
    <message>
        <source>Add contact…</source>
        <translation>Add contact…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Add a person at this customer</source>
        <translation>Add a person at this customer</translation>
    </message>
</context>
<context>
    <name>guanxi::CustomerDetailPane</name>
    <message>
        <source>%1 (set by hand)</source>
        <translation>%1 (set by hand)</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>no owner</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>owner %1</translation>
    </message>
    <message>
        <source>do not contact</source>
        <translation>do not contact</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Contacts (%1)</source>
        <translation>Contacts (%1)</translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation>Timeline (%1)</translation>
    </message>
    <message>
        <source>Follow-ups (%1)</source>
        <translation>Follow-ups (%1)</translation>
    </message>
    <message>
        <source>Select a customer to see the profile, contacts, timeline and follow-ups.</source>
        <translation>Select a customer to see the profile, contacts, timeline and follow-ups.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Edit this customer</source>
        <translation>Edit this customer</translation>
    </message>
    <message numerus="yes">
        <source>%n open follow-up(s)</source>
        <translation>
            <numerusform>%n open follow-up</numerusform>
            <numerusform>%n open follow-ups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guanxi::CustomerDialog</name>
    <message>
        <source>Not assessed</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Not rated</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 of 5</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <source>Edit customer “%1”</source>
        <translation>Edit customer “%1”</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;Industry:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <source>Credit &amp;code:</source>
        <translation>Credit &amp;code:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>T&amp;ags:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>Cit&amp;y:</source>
        <translation>Cit&amp;y:</translation>
    </message>
    <message>
        <source>Pro&amp;vince / region:</source>
        <translation>Pro&amp;vince / region:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation>&amp;Relationship:</translation>
    </message>
    <message>
        <source>&amp;Lifecycle:</source>
        <translation>&amp;Lifecycle:</translation>
    </message>
    <message>
        <source>Value se&amp;gment:</source>
        <translation>Value se&amp;gment:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <source>Sa&amp;tisfaction:</source>
        <translation>Sa&amp;tisfaction:</translation>
    </message>
    <message>
        <source>Set by hand</source>
        <translation>Set by hand</translation>
    </message>
    <message>
        <source>Keep this level when lifecycle levels are recalculated from orders</source>
        <translation>Keep this level when lifecycle levels are recalculated from orders</translation>
    </message>
    <message>
        <source>Do not contact (no mailings or campaigns)</source>
        <translation>Do not contact (no mailings or campaigns)</translation>
    </message>
    <message>
        <source>Unified social credit code, 18 characters</source>
        <translation>Unified social credit code, 18 characters</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Separated by commas</translation>
    </message>
    <message>
        <source>e.g. 138 1234 5678 or 010-12345678</source>
        <translation>e.g. 138 1234 5678 or 010-12345678</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>www.example.com</source>
        <translation>www.example.com</translation>
    </message>
    <message>
        <source>Company or person</source>
        <translation>Company or person</translation>
    </message>
</context>
<context>
    <name>guanxi::CustomerFollowUpsPanel</name>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Add follow-up…</source>
        <translation>Add follow-up…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>guanxi::CustomerListView</name>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>Matching customers: %1</source>
        <translation>Matching customers: %1</translation>
    </message>
    <message>
        <source>Customers: %1</source>
        <translation>Customers: %1</translation>
    </message>
    <message>
        <source>No customer matches the search and filters.</source>
        <translation>No customer matches the search and filters.</translation>
    </message>
    <message>
        <source>No customers yet.
Create the first one with Edit ▸ New Customer.</source>
        <translation>No customers yet.
Create the first one with Edit ▸ New Customer.</translation>
    </message>
    <message>
        <source>Search names, pinyin, contacts, phone, e-mail, city…</source>
        <translation>Search names, pinyin, contacts, phone, e-mail, city…</translation>
    </message>
    <message>
        <source>Type Chinese, pinyin (bjcc, changcheng), a phone number or an e-mail address</source>
        <translation>Type Chinese, pinyin (bjcc, changcheng), a phone number or an e-mail address</translation>
    </message>
    <message>
        <source>All relationships</source>
        <translation>All relationships</translation>
    </message>
    <message>
        <source>All lifecycle levels</source>
        <translation>All lifecycle levels</translation>
    </message>
    <message>
        <source>Relationship tier</source>
        <translation>Relationship tier</translation>
    </message>
    <message>
        <source>Lifecycle level</source>
        <translation>Lifecycle level</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
</context>
<context>
    <name>guanxi::CustomerProfileWidget</name>
    <message>
        <source>%1 (set by hand)</source>
        <translation>%1 (set by hand)</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Not rated</translation>
    </message>
    <message>
        <source>Yes — no mailings or campaigns</source>
        <translation>Yes — no mailings or campaigns</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>%1 (created %2)</source>
        <translation>%1 (created %2)</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Relationship:</source>
        <translation>Relationship:</translation>
    </message>
    <message>
        <source>Lifecycle:</source>
        <translation>Lifecycle:</translation>
    </message>
    <message>
        <source>Value segment:</source>
        <translation>Value segment:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Owner:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>Satisfaction:</source>
        <translation>Satisfaction:</translation>
    </message>
    <message>
        <source>Do not contact:</source>
        <translation>Do not contact:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Website:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>City:</translation>
    </message>
    <message>
        <source>Province / region:</source>
        <translation>Province / region:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Industry:</source>
        <translation>Industry:</translation>
    </message>
    <message>
        <source>Credit code:</source>
        <translation>Credit code:</translation>
    </message>
    <message>
        <source>Last change:</source>
        <translation>Last change:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>guanxi::CustomerQueryWorker</name>
    <message>
        <source>The customer list is not connected to a workspace.</source>
        <translation>The customer list is not connected to a workspace.</translation>
    </message>
</context>
<context>
    <name>guanxi::CustomerTableModel</name>
    <message>
        <source>%1 — set by hand; recalculation leaves it alone</source>
        <translation>%1 — set by hand; recalculation leaves it alone</translation>
    </message>
    <message>
        <source>%1 — do not contact</source>
        <translation>%1 — do not contact</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>This column cannot be sorted</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Lifecycle</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
</context>
<context>
    <name>guanxi::CustomersPage</name>
    <message>
        <source>Edit customer</source>
        <translation>Edit customer</translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation>Delete customer</translation>
    </message>
    <message>
        <source>Delete “%1” with its contacts, timeline and follow-ups?
You can undo this with Edit ▸ Undo.</source>
        <translation>Delete “%1” with its contacts, timeline and follow-ups?
You can undo this with Edit ▸ Undo.</translation>
    </message>
    <message>
        <source>Customer not deleted</source>
        <translation>Customer not deleted</translation>
    </message>
</context>
<context>
    <name>guanxi::ExchangeController</name>
    <message numerus="yes">
        <source>Exported %Ln customer(s) to “%1”.</source>
        <translation>
            <numerusform>Exported %Ln customer to “%1”.</numerusform>
            <numerusform>Exported %Ln customers to “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln contact(s) to “%1”.</source>
        <translation>
            <numerusform>Exported %Ln contact to “%1”.</numerusform>
            <numerusform>Exported %Ln contacts to “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln order(s) to “%1”.</source>
        <translation>
            <numerusform>Exported %Ln order to “%1”.</numerusform>
            <numerusform>Exported %Ln orders to “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln interaction(s) to “%1”.</source>
        <translation>
            <numerusform>Exported %Ln interaction to “%1”.</numerusform>
            <numerusform>Exported %Ln interactions to “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln follow-up(s) to “%1”.</source>
        <translation>
            <numerusform>Exported %Ln follow-up to “%1”.</numerusform>
            <numerusform>Exported %Ln follow-ups to “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting to “%1”…</source>
        <translation>Exporting to “%1”…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>%1 cells were longer than Excel’s 32,767 characters and were cut; the CSV export keeps them whole.</source>
        <translation>%1 cells were longer than Excel’s 32,767 characters and were cut; the CSV export keeps them whole.</translation>
    </message>
</context>
<context>
    <name>guanxi::ExportDialog</name>
    <message>
        <source>Opens with a double-click in Excel on Chinese Windows, and in WPS.</source>
        <translation>Opens with a double-click in Excel on Chinese Windows, and in WPS.</translation>
    </message>
    <message>
        <source>Opens in Excel 2016 or later on any system, and in Numbers and LibreOffice.</source>
        <translation>Opens in Excel 2016 or later on any system, and in Numbers and LibreOffice.</translation>
    </message>
    <message>
        <source>For scripts, databases and other programs (Excel would show the Chinese garbled).</source>
        <translation>For scripts, databases and other programs (Excel would show the Chinese garbled).</translation>
    </message>
    <message>
        <source>A workbook with real number and date cells.</source>
        <translation>A workbook with real number and date cells.</translation>
    </message>
    <message>
        <source>One card per contact with the company’s name, for phones and mail programs.</source>
        <translation>One card per contact with the company’s name, for phones and mail programs.</translation>
    </message>
    <message>
        <source>To-dos with their due dates, for calendar programs.</source>
        <translation>To-dos with their due dates, for calendar programs.</translation>
    </message>
    <message>
        <source>Excel (Chinese Windows) — CSV in GB18030</source>
        <translation>Excel (Chinese Windows) — CSV in GB18030</translation>
    </message>
    <message>
        <source>Excel (other) — CSV in UTF-8 with BOM</source>
        <translation>Excel (other) — CSV in UTF-8 with BOM</translation>
    </message>
    <message>
        <source>CSV UTF-8 (no BOM)</source>
        <translation>CSV UTF-8 (no BOM)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <source>vCard (.vcf)</source>
        <translation>vCard (.vcf)</translation>
    </message>
    <message>
        <source>iCalendar (.ics)</source>
        <translation>iCalendar (.ics)</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>&amp;Headers:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Add the ID column, so that importing the file again updates these records</source>
        <translation>Add the ID column, so that importing the file again updates these records</translation>
    </message>
    <message>
        <source>As all-day events, for calendars that ignore to-dos (Google Calendar, Outlook)</source>
        <translation>As all-day events, for calendars that ignore to-dos (Google Calendar, Outlook)</translation>
    </message>
    <message>
        <source>Chinese (中文)</source>
        <translation>Chinese (中文)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Codes, for scripts</source>
        <translation>Codes, for scripts</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;What:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Save to:</translation>
    </message>
    <message>
        <source>Columns as the list shows them: %1</source>
        <translation>Columns as the list shows them: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Export to</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>The folder “%1” does not exist.</translation>
    </message>
    <message>
        <source>“%1” is a folder; give a file name.</source>
        <translation>“%1” is a folder; give a file name.</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it?</source>
        <translation>“%1” already exists. Replace it?</translation>
    </message>
</context>
<context>
    <name>guanxi::FollowUpAgendaModel</name>
    <message>
        <source>Overdue (%1)</source>
        <translation>Overdue (%1)</translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>Today (%1)</translation>
    </message>
    <message>
        <source>Next %1 days (%2)</source>
        <translation>Next %1 days (%2)</translation>
    </message>
    <message>
        <source>%1 (snoozed)</source>
        <translation>%1 (snoozed)</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>guanxi::FollowUpDialog</name>
    <message>
        <source>New follow-up</source>
        <translation>New follow-up</translation>
    </message>
    <message>
        <source>Edit follow-up</source>
        <translation>Edit follow-up</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;What:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Due:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>e.g. Send the quotation</source>
        <translation>e.g. Send the quotation</translation>
    </message>
</context>
<context>
    <name>guanxi::FollowUpTableModel</name>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>guanxi::FollowUpsPage</name>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Mark the follow-up done (Ctrl+D)</source>
        <translation>Mark the follow-up done (Ctrl+D)</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>Open customer</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Owner:</translation>
    </message>
</context>
<context>
    <name>guanxi::ImportCheckPage</name>
    <message>
        <source>The file has no rows to import.</source>
        <translation>The file has no rows to import.</translation>
    </message>
    <message numerus="yes">
        <source>Strict mode: nothing would be imported, because %n row(s) are not valid. Fix them, or turn strict mode off to import the valid rows.</source>
        <translation>
            <numerusform>Strict mode: nothing would be imported, because %n row are not valid. Fix them, or turn strict mode off to import the valid rows.</numerusform>
            <numerusform>Strict mode: nothing would be imported, because %n rows are not valid. Fix them, or turn strict mode off to import the valid rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is saved yet. Importing now: %2 new, %3 updated, %4 skipped as duplicates, %5 rejected, of %1 rows read.</source>
        <translation>Nothing is saved yet. Importing now: %2 new, %3 updated, %4 skipped as duplicates, %5 rejected, of %1 rows read.</translation>
    </message>
    <message>
        <source>Duplicates and a dry run</source>
        <translation>Duplicates and a dry run</translation>
    </message>
    <message>
        <source>Rows are matched to existing records by ID, credit code, phone, e-mail, then name — in the workspace and earlier in the file. Below is what importing would do; nothing is saved yet.</source>
        <translation>Rows are matched to existing records by ID, credit code, phone, e-mail, then name — in the workspace and earlier in the file. Below is what importing would do; nothing is saved yet.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>When a row matches an existing record</source>
        <translation>When a row matches an existing record</translation>
    </message>
    <message>
        <source>&amp;Skip the row</source>
        <translation>&amp;Skip the row</translation>
    </message>
    <message>
        <source>The existing record stays as it is. The safe choice.</source>
        <translation>The existing record stays as it is. The safe choice.</translation>
    </message>
    <message>
        <source>&amp;Update the record</source>
        <translation>&amp;Update the record</translation>
    </message>
    <message>
        <source>The row’s non-empty cells are written over the record’s fields; undoing the import restores them.</source>
        <translation>The row’s non-empty cells are written over the record’s fields; undoing the import restores them.</translation>
    </message>
    <message>
        <source>C&amp;reate a new record</source>
        <translation>C&amp;reate a new record</translation>
    </message>
    <message>
        <source>Both stay, so the same customer may then appear twice.</source>
        <translation>Both stay, so the same customer may then appear twice.</translation>
    </message>
    <message>
        <source>S&amp;trict: import nothing if any row is not valid</source>
        <translation>S&amp;trict: import nothing if any row is not valid</translation>
    </message>
    <message>
        <source>Checking the file (a dry run: nothing is saved)…</source>
        <translation>Checking the file (a dry run: nothing is saved)…</translation>
    </message>
    <message>
        <source>Checking the file (a dry run: nothing is saved)… %1 rows</source>
        <translation>Checking the file (a dry run: nothing is saved)… %1 rows</translation>
    </message>
    <message>
        <source>The file has no cards to import.</source>
        <translation>The file has no cards to import.</translation>
    </message>
    <message numerus="yes">
        <source>Strict mode: nothing would be imported, because %n card(s) are not valid. Fix them, or turn strict mode off to import the valid cards.</source>
        <translation>
            <numerusform>Strict mode: nothing would be imported, because %n card are not valid. Fix them, or turn strict mode off to import the valid cards.</numerusform>
            <numerusform>Strict mode: nothing would be imported, because %n cards are not valid. Fix them, or turn strict mode off to import the valid cards.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is saved yet. Importing now: %2 new, %3 updated, %4 skipped as duplicates, %5 rejected, of %1 cards read.</source>
        <translation>Nothing is saved yet. Importing now: %2 new, %3 updated, %4 skipped as duplicates, %5 rejected, of %1 cards read.</translation>
    </message>
    <message>
        <source>Cards are matched to existing contacts by ID, phone, e-mail, then name — in the workspace and earlier in the file. Below is what importing would do; nothing is saved yet.</source>
        <translation>Cards are matched to existing contacts by ID, phone, e-mail, then name — in the workspace and earlier in the file. Below is what importing would do; nothing is saved yet.</translation>
    </message>
    <message>
        <source>Checking the file (a dry run: nothing is saved)… %1 cards</source>
        <translation>Checking the file (a dry run: nothing is saved)… %1 cards</translation>
    </message>
</context>
<context>
    <name>guanxi::ImportFilePage</name>
    <message>
        <source>Companies and people you sell to: name, phone, e-mail, city, tier …</source>
        <translation>Companies and people you sell to: name, phone, e-mail, city, tier …</translation>
    </message>
    <message>
        <source>People at your customers; each row names its customer.</source>
        <translation>People at your customers; each row names its customer.</translation>
    </message>
    <message>
        <source>Order number, customer, date and amount in yuan; cost and product optional.</source>
        <translation>Order number, customer, date and amount in yuan; cost and product optional.</translation>
    </message>
    <message>
        <source>Calls, visits and messages: customer, time, channel, summary.</source>
        <translation>Calls, visits and messages: customer, time, channel, summary.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Choose the file</translation>
    </message>
    <message>
        <source>Choose a file, or drop one here</source>
        <translation>Choose a file, or drop one here</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>It holds:</source>
        <translation>It holds:</translation>
    </message>
    <message>
        <source>Import from</source>
        <translation>Import from</translation>
    </message>
    <message>
        <source>You can also drag a file from the file manager onto this page.</source>
        <translation>You can also drag a file from the file manager onto this page.</translation>
    </message>
    <message>
        <source>There is no such file.</source>
        <translation>There is no such file.</translation>
    </message>
    <message>
        <source>This is a folder; choose a file in it.</source>
        <translation>This is a folder; choose a file in it.</translation>
    </message>
    <message>
        <source>This file cannot be read (permissions?).</source>
        <translation>This file cannot be read (permissions?).</translation>
    </message>
    <message>
        <source>A vCard file: its cards become contacts, and the organizations they name customers.</source>
        <translation>A vCard file: its cards become contacts, and the organizations they name customers.</translation>
    </message>
    <message>
        <source>A CSV file or an Excel workbook as Excel, WPS or another program saves it, or a vCard file of contacts. Nothing is saved before the last step, and an import can be undone as a whole.</source>
        <translation>A CSV file or an Excel workbook as Excel, WPS or another program saves it, or a vCard file of contacts. Nothing is saved before the last step, and an import can be undone as a whole.</translation>
    </message>
    <message>
        <source>Files Guanxi imports (*.csv *.txt *.tsv *.xlsx *.vcf *.vcard);;CSV and text files (*.csv *.txt *.tsv);;Excel workbooks (*.xlsx);;vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation>Files Guanxi imports (*.csv *.txt *.tsv *.xlsx *.vcf *.vcard);;CSV and text files (*.csv *.txt *.tsv);;Excel workbooks (*.xlsx);;vCard files (*.vcf *.vcard);;All files (*)</translation>
    </message>
</context>
<context>
    <name>guanxi::ImportMappingPage</name>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (required)</translation>
    </message>
    <message>
        <source>%1 (required, or %2)</source>
        <translation>%1 (required, or %2)</translation>
    </message>
    <message>
        <source>&amp;Save as Preset…</source>
        <translation>&amp;Save as Preset…</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Match the columns</translation>
    </message>
    <message>
        <source>Choose which field each column of the file goes into. Guanxi has guessed from the column names; columns set to “Do not import” are left out.</source>
        <translation>Choose which field each column of the file goes into. Guanxi has guessed from the column names; columns set to “Do not import” are left out.</translation>
    </message>
    <message>
        <source>Saved &amp;mapping:</source>
        <translation>Saved &amp;mapping:</translation>
    </message>
    <message>
        <source>%1 columns in the file. A field can take one column; choosing it for another column moves it there.</source>
        <translation>%1 columns in the file. A field can take one column; choosing it for another column moves it there.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>For example</source>
        <translation>For example</translation>
    </message>
    <message>
        <source>Import into</source>
        <translation>Import into</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Field for column %1</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>Do not import</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Choose a column for: %1.</source>
        <translation>Choose a column for: %1.</translation>
    </message>
    <message>
        <source>The saved mapping “%1” does not fit this file: %2</source>
        <translation>The saved mapping “%1” does not fit this file: %2</translation>
    </message>
    <message>
        <source>Save Column Mapping</source>
        <translation>Save Column Mapping</translation>
    </message>
    <message>
        <source>Name for this column mapping, to use it for files laid out the same way:</source>
        <translation>Name for this column mapping, to use it for files laid out the same way:</translation>
    </message>
    <message>
        <source>The mapping could not be saved: %1</source>
        <translation>The mapping could not be saved: %1</translation>
    </message>
    <message>
        <source>Saved the column mapping “%1”.</source>
        <translation>Saved the column mapping “%1”.</translation>
    </message>
</context>
<context>
    <name>guanxi::ImportPreviewPage</name>
    <message>
        <source>%1 (a guess)</source>
        <translation>%1 (a guess)</translation>
    </message>
    <message>
        <source>Check how the file reads</source>
        <translation>Check how the file reads</translation>
    </message>
    <message>
        <source>The first rows as Guanxi reads them. If the text looks garbled or the columns run together, choose another encoding or delimiter.</source>
        <translation>The first rows as Guanxi reads them. If the text looks garbled or the columns run together, choose another encoding or delimiter.</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Delimiter:</translation>
    </message>
    <message>
        <source>Detected: nothing readable</source>
        <translation>Detected: nothing readable</translation>
    </message>
    <message>
        <source>Detected: %1, %2</source>
        <translation>Detected: %1, %2</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row and no data.</source>
        <translation>The file is empty: it has no header row and no data.</translation>
    </message>
    <message>
        <source>Every row reads as one column, but separated by “%1” the file has %2 columns.</source>
        <translation>Every row reads as one column, but separated by “%1” the file has %2 columns.</translation>
    </message>
    <message>
        <source>The file has a header row but no data.</source>
        <translation>The file has a header row but no data.</translation>
    </message>
    <message numerus="yes">
        <source>All %n row(s) of the file. The first row names the columns.</source>
        <translation>
            <numerusform>All %n row of the file. The first row names the columns.</numerusform>
            <numerusform>All %n rows of the file. The first row names the columns.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s). The first row names the columns.</source>
        <translation>
            <numerusform>The first %n row. The first row names the columns.</numerusform>
            <numerusform>The first %n rows. The first row names the columns.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n card(s) of the file.</source>
        <translation>
            <numerusform>All %n card of the file.</numerusform>
            <numerusform>All %n cards of the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n card(s) of the file.</source>
        <translation>
            <numerusform>The first %n card of the file.</numerusform>
            <numerusform>The first %n cards of the file.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>The first cards as Guanxi reads them. A vCard names its own fields, so there is nothing to choose here: next comes the dry run.</source>
        <translation>The first cards as Guanxi reads them. A vCard names its own fields, so there is nothing to choose here: next comes the dry run.</translation>
    </message>
    <message>
        <source>A vCard address book: each card becomes a contact of the customer its organization names, created when there is none. A card without an organization becomes a customer of its own, a person.</source>
        <translation>A vCard address book: each card becomes a contact of the customer its organization names, created when there is none. A card without an organization becomes a customer of its own, a person.</translation>
    </message>
    <message>
        <source>The first rows as Guanxi reads them. The first row names the columns; next you match them to fields.</source>
        <translation>The first rows as Guanxi reads them. The first row names the columns; next you match them to fields.</translation>
    </message>
    <message>
        <source>An Excel workbook: its first sheet is read, with dates and numbers as Excel shows them; rows are numbered as in Excel.</source>
        <translation>An Excel workbook: its first sheet is read, with dates and numbers as Excel shows them; rows are numbered as in Excel.</translation>
    </message>
</context>
<context>
    <name>guanxi::ImportProgressPage</name>
    <message>
        <source>Importing customers from “%1”…</source>
        <translation>Importing customers from “%1”…</translation>
    </message>
    <message>
        <source>Importing contacts from “%1”…</source>
        <translation>Importing contacts from “%1”…</translation>
    </message>
    <message>
        <source>Importing orders from “%1”…</source>
        <translation>Importing orders from “%1”…</translation>
    </message>
    <message>
        <source>Importing interactions from “%1”…</source>
        <translation>Importing interactions from “%1”…</translation>
    </message>
    <message>
        <source>&amp;Stop Import</source>
        <translation>&amp;Stop Import</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
    <message>
        <source>The import is saved all at once at the end. Stopping it, or any error, leaves the workspace as it was.</source>
        <translation>The import is saved all at once at the end. Stopping it, or any error, leaves the workspace as it was.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <source>Stopping: undoing what was written so far…</source>
        <translation>Stopping: undoing what was written so far…</translation>
    </message>
    <message>
        <source>%1 rows read</source>
        <translation>%1 rows read</translation>
    </message>
    <message>
        <source>Building the indexes…</source>
        <translation>Building the indexes…</translation>
    </message>
    <message>
        <source>Building the search index…</source>
        <translation>Building the search index…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Tidying up the workspace file…</source>
        <translation>Tidying up the workspace file…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported. The workspace is as it was before.</source>
        <translation>Cancelled: nothing was imported. The workspace is as it was before.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) are not valid and strict mode accepts only a file without errors.</source>
        <translation>
            <numerusform>Nothing was imported: %n row are not valid and strict mode accepts only a file without errors.</numerusform>
            <numerusform>Nothing was imported: %n rows are not valid and strict mode accepts only a file without errors.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cards read</source>
        <translation>%1 cards read</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n card(s) are not valid and strict mode accepts only a file without errors.</source>
        <translation>
            <numerusform>Nothing was imported: %n card are not valid and strict mode accepts only a file without errors.</numerusform>
            <numerusform>Nothing was imported: %n cards are not valid and strict mode accepts only a file without errors.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guanxi::ImportReportView</name>
    <message>
        <source>Skipped: the record stays as it is</source>
        <translation>Skipped: the record stays as it is</translation>
    </message>
    <message>
        <source>Updates the record</source>
        <translation>Updates the record</translation>
    </message>
    <message>
        <source>Nothing to change</source>
        <translation>Nothing to change</translation>
    </message>
    <message>
        <source>Created as another record</source>
        <translation>Created as another record</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Rows read</translation>
    </message>
    <message>
        <source>New records</source>
        <translation>New records</translation>
    </message>
    <message>
        <source>Updated records</source>
        <translation>Updated records</translation>
    </message>
    <message>
        <source>Duplicates skipped</source>
        <translation>Duplicates skipped</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Rejected rows</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>Matched by</translation>
    </message>
    <message>
        <source>Existing record</source>
        <translation>Existing record</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Why it was rejected</source>
        <translation>Why it was rejected</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Order number</translation>
    </message>
    <message>
        <source>Same details</source>
        <translation>Same details</translation>
    </message>
    <message>
        <source>“%1”, line %2 of this file</source>
        <translation>“%1”, line %2 of this file</translation>
    </message>
    <message>
        <source>The lists show the first %1 rows of each kind; the counts include all.</source>
        <translation>The lists show the first %1 rows of each kind; the counts include all.</translation>
    </message>
    <message>
        <source>Duplicates (%1)</source>
        <translation>Duplicates (%1)</translation>
    </message>
    <message>
        <source>Rejected rows (%1)</source>
        <translation>Rejected rows (%1)</translation>
    </message>
    <message>
        <source>Cards read</source>
        <translation>Cards read</translation>
    </message>
    <message>
        <source>Rejected cards</source>
        <translation>Rejected cards</translation>
    </message>
    <message>
        <source>Why the card was rejected</source>
        <translation>Why the card was rejected</translation>
    </message>
    <message>
        <source>Rejected cards (%1)</source>
        <translation>Rejected cards (%1)</translation>
    </message>
</context>
<context>
    <name>guanxi::ImportResultPage</name>
    <message>
        <source>Imported customers from “%1”.</source>
        <translation>Imported customers from “%1”.</translation>
    </message>
    <message>
        <source>Imported contacts from “%1”.</source>
        <translation>Imported contacts from “%1”.</translation>
    </message>
    <message>
        <source>Imported orders from “%1”.</source>
        <translation>Imported orders from “%1”.</translation>
    </message>
    <message>
        <source>Imported interactions from “%1”.</source>
        <translation>Imported interactions from “%1”.</translation>
    </message>
    <message>
        <source>Save Rejected Rows as &amp;CSV…</source>
        <translation>Save Rejected Rows as &amp;CSV…</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>The records are in the workspace, and the lists show them.</source>
        <translation>The records are in the workspace, and the lists show them.</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 skipped as duplicates, %4 rejected, of %5 rows read.</source>
        <translation>%1 new, %2 updated, %3 skipped as duplicates, %4 rejected, of %5 rows read.</translation>
    </message>
    <message>
        <source>Batch: %1</source>
        <translation>Batch: %1</translation>
    </message>
    <message>
        <source>To take the whole import back, choose File ▸ Imports… and Undo, or run “%1”. Undo is refused once its records have been changed.</source>
        <translation>To take the whole import back, choose File ▸ Imports… and Undo, or run “%1”. Undo is refused once its records have been changed.</translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation>Save Rejected Rows</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>The rejected rows cannot be written over the file that was imported.</source>
        <translation>The rejected rows cannot be written over the file that was imported.</translation>
    </message>
    <message>
        <source>The rejected rows could not be saved to “%1”.</source>
        <translation>The rejected rows could not be saved to “%1”.</translation>
    </message>
    <message>
        <source>The rejected rows are in “%1”, with the reason in the last column: fix them there and import that file again.</source>
        <translation>The rejected rows are in “%1”, with the reason in the last column: fix them there and import that file again.</translation>
    </message>
    <message>
        <source>Save Rejected Cards as &amp;CSV…</source>
        <translation>Save Rejected Cards as &amp;CSV…</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 skipped as duplicates, %4 rejected, of %5 cards read.</source>
        <translation>%1 new, %2 updated, %3 skipped as duplicates, %4 rejected, of %5 cards read.</translation>
    </message>
    <message>
        <source>Save Rejected Cards</source>
        <translation>Save Rejected Cards</translation>
    </message>
    <message>
        <source>The rejected cards are in “%1”, a CSV file with the reason in the last column.</source>
        <translation>The rejected cards are in “%1”, a CSV file with the reason in the last column.</translation>
    </message>
</context>
<context>
    <name>guanxi::ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>guanxi::ImportsDialog</name>
    <message>
        <source>&amp;Undo Import…</source>
        <translation>&amp;Undo Import…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Imports</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Undone</translation>
    </message>
    <message>
        <source>Undo removes what an import created and gives updated records their earlier values. It is refused once those records have been changed.</source>
        <translation>Undo removes what an import created and gives updated records their earlier values. It is refused once those records have been changed.</translation>
    </message>
    <message>
        <source>Undo the import of “%1” from %2? It removes %3 new records and restores %4 updated ones.</source>
        <translation>Undo the import of “%1” from %2? It removes %3 new records and restores %4 updated ones.</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>Undo Import</translation>
    </message>
    <message>
        <source>Undoing the import of “%1”…</source>
        <translation>Undoing the import of “%1”…</translation>
    </message>
    <message>
        <source>Undone: %1 records removed, %2 restored to their values before the import.</source>
        <translation>Undone: %1 records removed, %2 restored to their values before the import.</translation>
    </message>
    <message>
        <source>%1 team members it added stay, as other records name them.</source>
        <translation>%1 team members it added stay, as other records name them.</translation>
    </message>
</context>
<context>
    <name>guanxi::IntegrityCheckJob</name>
    <message>
        <source>“%1” may be damaged. Make a backup now and restore it from an earlier backup if data is missing.

%2</source>
        <translation>“%1” may be damaged. Make a backup now and restore it from an earlier backup if data is missing.

%2</translation>
    </message>
</context>
<context>
    <name>guanxi::InteractionDialog</name>
    <message>
        <source>Nobody in particular</source>
        <translation>Nobody in particular</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Log an interaction</source>
        <translation>Log an interaction</translation>
    </message>
    <message>
        <source>Edit interaction</source>
        <translation>Edit interaction</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;When:</translation>
    </message>
    <message>
        <source>With &amp;contact:</source>
        <translation>With &amp;contact:</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;By:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Summary:</translation>
    </message>
    <message>
        <source>&amp;Promised:</source>
        <translation>&amp;Promised:</translation>
    </message>
    <message>
        <source>What was discussed, what the customer wants</source>
        <translation>What was discussed, what the customer wants</translation>
    </message>
    <message>
        <source>What we promised, in writing (quotes, dates, prices)</source>
        <translation>What we promised, in writing (quotes, dates, prices)</translation>
    </message>
    <message>
        <source>Also create a &amp;follow-up</source>
        <translation>Also create a &amp;follow-up</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>What:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Due:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Owner:</translation>
    </message>
</context>
<context>
    <name>guanxi::MainActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Undo %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Redo %1</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;New Workspace…</translation>
    </message>
    <message>
        <source>Create a new, empty workspace file for another company</source>
        <translation>Create a new, empty workspace file for another company</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Open Workspace…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>&amp;Back Up…</translation>
    </message>
    <message>
        <source>Save a consistent copy of the workspace while you keep working</source>
        <translation>Save a consistent copy of the workspace while you keep working</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Find Customer</source>
        <translation>&amp;Find Customer</translation>
    </message>
    <message>
        <source>Search customers by name, pinyin, phone, e-mail or city</source>
        <translation>Search customers by name, pinyin, phone, e-mail or city</translation>
    </message>
    <message>
        <source>&amp;New Customer…</source>
        <translation>&amp;New Customer…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>New customer (%1)</source>
        <translation>New customer (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit Customer…</source>
        <translation>&amp;Edit Customer…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>&amp;Delete Customer…</source>
        <translation>&amp;Delete Customer…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Add &amp;Contact…</source>
        <translation>Add &amp;Contact…</translation>
    </message>
    <message>
        <source>&amp;Log Interaction…</source>
        <translation>&amp;Log Interaction…</translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation>Log interaction</translation>
    </message>
    <message>
        <source>Add &amp;Follow-up…</source>
        <translation>Add &amp;Follow-up…</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Customers</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>&amp;Follow-ups</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>&amp;System Language</translation>
    </message>
    <message>
        <source>&amp;About Guanxi</source>
        <translation>&amp;About Guanxi</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Tool bar</source>
        <translation>Tool bar</translation>
    </message>
    <message>
        <source>&amp;Check Integrity</source>
        <translation>&amp;Check Integrity</translation>
    </message>
    <message>
        <source>Read the whole workspace and report damage, while you keep working</source>
        <translation>Read the whole workspace and report damage, while you keep working</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Import customers, contacts, orders or interactions from a CSV file, as one batch you can undo</source>
        <translation>Import customers, contacts, orders or interactions from a CSV file, as one batch you can undo</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Write what the current view shows to Excel, CSV, vCard or iCalendar</source>
        <translation>Write what the current view shows to Excel, CSV, vCard or iCalendar</translation>
    </message>
    <message>
        <source>Imp&amp;orts…</source>
        <translation>Imp&amp;orts…</translation>
    </message>
    <message>
        <source>The imports into this workspace; undo one of them</source>
        <translation>The imports into this workspace; undo one of them</translation>
    </message>
</context>
<context>
    <name>guanxi::MainWindow</name>
    <message>
        <source>Workspace check</source>
        <translation>Workspace check</translation>
    </message>
    <message>
        <source>Guanxi</source>
        <translation>Guanxi</translation>
    </message>
    <message>
        <source>There is no customer with id %1.</source>
        <translation>There is no customer with id %1.</translation>
    </message>
    <message>
        <source>Unknown view “%1”: use customers, followups or customer:ID.</source>
        <translation>Unknown view “%1”: use customers, followups or customer:ID.</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>No recent workspaces</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Clear List</translation>
    </message>
    <message>
        <source>%1 (read-only) — Guanxi</source>
        <translation>%1 (read-only) — Guanxi</translation>
    </message>
    <message>
        <source>%1 — Guanxi</source>
        <translation>%1 — Guanxi</translation>
    </message>
    <message>
        <source>This workspace is read-only: you can look at everything, but nothing can be changed. Copy the file to a writable folder to edit it.</source>
        <translation>This workspace is read-only: you can look at everything, but nothing can be changed. Copy the file to a writable folder to edit it.</translation>
    </message>
    <message>
        <source>About Guanxi</source>
        <translation>About Guanxi</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Guanxi %1&lt;/h3&gt;&lt;p&gt;A desktop CRM for small businesses: customers, contacts, what was promised, and what needs doing next — in one file on your own computer.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Guanxi %1&lt;/h3&gt;&lt;p&gt;A desktop CRM for small businesses: customers, contacts, what was promised, and what needs doing next — in one file on your own computer.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Checking the workspace…</source>
        <translation>Checking the workspace…</translation>
    </message>
    <message>
        <source>No problems found in “%1”.</source>
        <translation>No problems found in “%1”.</translation>
    </message>
</context>
<context>
    <name>guanxi::NavigationBar</name>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Follow-ups (%1)</source>
        <translation>Follow-ups (%1)</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Overdue, today&apos;s and upcoming follow-ups</source>
        <translation>Overdue, today&apos;s and upcoming follow-ups</translation>
    </message>
</context>
<context>
    <name>guanxi::SnoozeMenu</name>
    <message>
        <source>Snooze</source>
        <translation>Snooze</translation>
    </message>
    <message>
        <source>Until tomorrow (%1)</source>
        <translation>Until tomorrow (%1)</translation>
    </message>
    <message>
        <source>Until next Monday (%1)</source>
        <translation>Until next Monday (%1)</translation>
    </message>
    <message>
        <source>Until a date…</source>
        <translation>Until a date…</translation>
    </message>
    <message>
        <source>Snooze until</source>
        <translation>Snooze until</translation>
    </message>
</context>
<context>
    <name>guanxi::StaffComboBox</name>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>%1 (former)</source>
        <translation>%1 (former)</translation>
    </message>
    <message>
        <source>New team member…</source>
        <translation>New team member…</translation>
    </message>
    <message>
        <source>New team member</source>
        <translation>New team member</translation>
    </message>
    <message>
        <source>Name of the new team member:</source>
        <translation>Name of the new team member:</translation>
    </message>
</context>
<context>
    <name>guanxi::StatusBarWidgets</name>
    <message>
        <source>No workspace open</source>
        <translation>No workspace open</translation>
    </message>
    <message>
        <source>Customers in this workspace: %1</source>
        <translation>Customers in this workspace: %1</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>This workspace can only be read: it is write-protected or on read-only media.</source>
        <translation>This workspace can only be read: it is write-protected or on read-only media.</translation>
    </message>
</context>
<context>
    <name>guanxi::TimelineDelegate</name>
    <message>
        <source>Promised: %1</source>
        <translation>Promised: %1</translation>
    </message>
</context>
<context>
    <name>guanxi::TimelineModel</name>
    <message>
        <source>%1 with %2</source>
        <translation>%1 with %2</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>with %1</translation>
    </message>
    <message>
        <source>Promised: %1</source>
        <translation>Promised: %1</translation>
    </message>
</context>
<context>
    <name>guanxi::TimelinePanel</name>
    <message>
        <source>Delete interaction</source>
        <translation>Delete interaction</translation>
    </message>
    <message>
        <source>Delete this %1 from the timeline?
You can undo this with Edit ▸ Undo.</source>
        <translation>Delete this %1 from the timeline?
You can undo this with Edit ▸ Undo.</translation>
    </message>
    <message>
        <source>Interaction not deleted</source>
        <translation>Interaction not deleted</translation>
    </message>
    <message>
        <source>Log interaction…</source>
        <translation>Log interaction…</translation>
    </message>
    <message>
        <source>Record a visit, call, e-mail, chat or meeting and what was promised</source>
        <translation>Record a visit, call, e-mail, chat or meeting and what was promised</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>guanxi::WorkspaceController</name>
    <message>
        <source>Guanxi workspaces (*.guanxi);;All files (*)</source>
        <translation>Guanxi workspaces (*.guanxi);;All files (*)</translation>
    </message>
    <message>
        <source>Cannot create workspace</source>
        <translation>Cannot create workspace</translation>
    </message>
    <message>
        <source>The folder for “%1” cannot be created.</source>
        <translation>The folder for “%1” cannot be created.</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>Cannot open workspace</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>New workspace</translation>
    </message>
    <message>
        <source>My company</source>
        <translation>My company</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Open workspace</translation>
    </message>
    <message>
        <source>“%1” already exists. Use File ▸ Open Workspace to open it, or choose another name.</source>
        <translation>“%1” already exists. Use File ▸ Open Workspace to open it, or choose another name.</translation>
    </message>
</context>
<context>
    <name>guanxi::WorkspaceSession</name>
    <message>
        <source>No workspace is open.</source>
        <translation>No workspace is open.</translation>
    </message>
    <message>
        <source>Log %1 with follow-up “%2”</source>
        <translation>Log %1 with follow-up “%2”</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Guanxi, a desktop CRM for small businesses.</source>
        <translation>Guanxi, a desktop CRM for small businesses.</translation>
    </message>
    <message>
        <source>Open the workspace FILE.</source>
        <translation>Open the workspace FILE.</translation>
    </message>
    <message>
        <source>Start in VIEW: customers, followups or customer:ID.</source>
        <translation>Start in VIEW: customers, followups or customer:ID.</translation>
    </message>
    <message>
        <source>Render the window off-screen, save it as the PNG file FILE and exit.</source>
        <translation>Render the window off-screen, save it as the PNG file FILE and exit.</translation>
    </message>
    <message>
        <source>Use the language LANG (zh_CN or en).</source>
        <translation>Use the language LANG (zh_CN or en).</translation>
    </message>
    <message>
        <source>Screenshot size, WIDTHxHEIGHT (default 1366x768).</source>
        <translation>Screenshot size, WIDTHxHEIGHT (default 1366x768).</translation>
    </message>
    <message>
        <source>The workspace to open (same as --workspace).</source>
        <translation>The workspace to open (same as --workspace).</translation>
    </message>
    <message>
        <source>Open one workspace at a time.</source>
        <translation>Open one workspace at a time.</translation>
    </message>
    <message>
        <source>Unknown language “%1”: use zh_CN or en.</source>
        <translation>Unknown language “%1”: use zh_CN or en.</translation>
    </message>
    <message>
        <source>The size must look like 1366x768.</source>
        <translation>The size must look like 1366x768.</translation>
    </message>
    <message>
        <source>--screenshot needs --workspace FILE.</source>
        <translation>--screenshot needs --workspace FILE.</translation>
    </message>
    <message>
        <source>Guanxi</source>
        <translation>Guanxi</translation>
    </message>
</context>
</TS>
