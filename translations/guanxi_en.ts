<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BulkWriter</name>
    <message>
        <source>A bulk write cannot start inside another transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the bulk write failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the indexes failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record refers to another one that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the records failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bulk write has already ended.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option “%1”. Did you mean --%2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 takes no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 needs a value: --%1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The argument %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file (default: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of messages: zh_CN or en (default: the system&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the workspace read-only: commands that change it fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 [--workspace FILE] [--lang zh_CN|en] [--read-only] COMMAND [ARGUMENTS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guanxi&apos;s command-line tool: customers, demo data, integrity checks and backups of a Guanxi workspace, without a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help, or the help of one command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status: 0 on success, 1 when the command failed, 2 when the command line is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (workspace format %3, Qt %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “%1 --help” for the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no command “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --lang does not know the language “%1”; use zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs a sub-command: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --workspace needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create one with “%1 %2init”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “%1 help %2” for all options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options (--workspace, --lang, --read-only): see “%1 --help”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON (UTF-8) instead of text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show at most N (default: %1; 0 shows all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 needs a whole number of 0 or more, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(separated by commas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a team member; created when new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer was not saved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change: give at least one --FIELD VALUE, for example --phone 13812345678.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1” (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1” (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 does not accept “%2”. Use one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customers match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2 customers; --limit N shows more (0: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s id (as printed by “customer add” and “customer list”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a customer and print its id; --owner NAME finds or creates the team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change fields of a customer: --FIELD VALUE for each (an empty VALUE clears it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a customer (kept as a tombstone, so the deletion syncs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a customer with contacts, recent interactions, open follow-ups and orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List customers by name, optionally of one owner, tier or lifecycle level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the customers of this team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this relationship tier (code, English or Chinese label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this lifecycle level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snoozed until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent interactions (%1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open follow-ups (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1; last on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --seed needs a whole number, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating customers: %1 of %2 (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the indexes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the search index…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the log into the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 customers with %2 contacts, %3 interactions, %4 orders and %5 follow-ups, for a team of %6, in %7 s (seed %8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the workspace with realistic sample data (created when missing; Ctrl-C leaves it unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many customers to create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same data (default: 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search text is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find customers by name, contact, phone, e-mail or city, as the search box does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to look for; several words must all match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already a Guanxi workspace (format %2); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the workspace “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this Guanxi writes %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replica id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (open %2, overdue %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The workspace “%1” has %n problem(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Quick check passed: “%1” is fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity check passed: “%1” is fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up “%1” to “%2” (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new, empty workspace (an existing workspace is left as it is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the workspace&apos;s path, format, size, replica id and how many records it holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the workspace&apos;s integrity (database pages, references, search index)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the quick check that also runs when a workspace is opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the workspace to FILE, safely even while it is in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file to create; an existing file is never overwritten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactRepository</name>
    <message>
        <source>There is no customer with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no contact with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactRole</name>
    <message>
        <source>Decision maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatekeeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Champion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerFields</name>
    <message>
        <source>%1: “%2” is not one of the choices. Use one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is neither yes nor no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle set by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not a rating from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerKind</name>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerRepository</name>
    <message>
        <source>The owner (%1) is not a member of the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no customer with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The number of customers cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpEditing</name>
    <message>
        <source>Follow-up not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the follow-up “%1”?
You can undo this with Edit ▸ Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up not deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpRepository</name>
    <message>
        <source>There is no customer with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no team member with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no follow-up with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpStatus</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpText</name>
    <message>
        <source>Done %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InteractionChannel</name>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat / WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InteractionRepository</name>
    <message>
        <source>There is no customer with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no contact with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no team member with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no interaction with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LifecycleLevel</name>
    <message>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Upgrading the workspace to format %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderRepository</name>
    <message>
        <source>There is no customer with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no order with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelationshipTier</name>
    <message>
        <source>Transactional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategic alliance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Screenshot</name>
    <message>
        <source>Cannot create the folder for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the screenshot “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchRepository</name>
    <message>
        <source>Searching for “%1” failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceChannel</name>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold outreach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-commerce platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffRepository</name>
    <message>
        <source>There is no team member with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no team member called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>No record with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is using this workspace. Close it or wait a moment, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file cannot be written (it is read-only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file is damaged. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a Guanxi workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SQLite library has no full-text search (FTS5); Guanxi needs SQLite built with FTS5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the database connection failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoCommand</name>
    <message>
        <source>New customer “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit customer “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete customer “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit contact “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete contact “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New follow-up “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark “%1” done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit follow-up “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete follow-up “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New team member “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit team member “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove team member “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>“%1” is not a phone number Guanxi recognises. Use a mobile number (13812345678), a fixed line with its area code (010-12345678) or an international number starting with +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address: it has no @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address: nothing comes before the @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address: the part before the @ has spaces or characters that are not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address: “%2” is not a domain like example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters; “%1” has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” contains characters a unified social credit code never uses (I, O, S, V, Z or symbols).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid unified social credit code: the check character should be %2. Please check for a typing error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is too long (%1 characters; at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every customer needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A web address cannot contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction is rated from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every contact needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact belongs to a customer; none was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An interaction belongs to a customer; none was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When did it happen? The date and time are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a short summary of what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A follow-up belongs to a customer; none was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what needs to be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A follow-up needs a due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order belongs to a customer; none was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a three-letter currency code such as CNY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cost cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every team member needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueSegment</name>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Potential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Qt&apos;s SQLite driver is not installed (on Debian: the package libqt6sql6-sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver did not give access to its connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder, not a workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no workspace at “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is an empty file, not a Guanxi workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new workspace cannot be created read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a workspace at “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read (check its permissions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Guanxi workspace: it is not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a database, but not a Guanxi workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is an empty database, not a Guanxi workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs to be upgraded to this version of Guanxi, but the file is read-only. Copy it to a folder you can write to and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of Guanxi (workspace format %2; this version reads formats up to %3). Update Guanxi to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is locked by another program. Close the other program (or wait until it finishes) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged and was not opened. Restore it from a backup. First problem found: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace was not upgraded because the backup copy could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace has lost its device identity (meta.replica_id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged: the table “%2” is missing. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is open read-only: changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of table “%2” refers to a missing row in “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index does not match the customers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup cannot overwrite the workspace itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup to “%1” failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be saved as “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::BackupController</name>
    <message>
        <source>%1 backup %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guanxi workspaces (*.guanxi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was written to “%1” but could not replace “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace was backed up to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::ContactDialog</name>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit contact “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role in the decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;WeChat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Primary contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Purchasing manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 138 1234 5678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::ContactTableModel</name>
    <message>
        <source>%1 — primary contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role in the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::ContactsPanel</name>
    <message>
        <source>Delete contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the contact “%1”?
You can undo this with Edit ▸ Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person at this customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::CustomerDetailPane</name>
    <message>
        <source>%1 (set by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a customer to see the profile, contacts, timeline and follow-ups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit this customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::CustomerDialog</name>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit customer “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cit&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;vince / region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lifecycle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value se&amp;gment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;tisfaction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this level when lifecycle levels are recalculated from orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not contact (no mailings or campaigns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified social credit code, 18 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 138 1234 5678 or 010-12345678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>www.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company or person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::CustomerFollowUpsPanel</name>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::CustomerListView</name>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching customers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer matches the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customers yet.
Create the first one with Edit ▸ New Customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names, pinyin, contacts, phone, e-mail, city…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type Chinese, pinyin (bjcc, changcheng), a phone number or an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All lifecycle levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::CustomerProfileWidget</name>
    <message>
        <source>%1 (set by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes — no mailings or campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (created %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value segment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province / region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::CustomerQueryWorker</name>
    <message>
        <source>The customer list is not connected to a workspace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::CustomerTableModel</name>
    <message>
        <source>%1 — set by hand; recalculation leaves it alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — do not contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::CustomersPage</name>
    <message>
        <source>Edit customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” with its contacts, timeline and follow-ups?
You can undo this with Edit ▸ Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer not deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::FollowUpAgendaModel</name>
    <message>
        <source>Overdue (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next %1 days (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (snoozed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::FollowUpDialog</name>
    <message>
        <source>New follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Send the quotation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::FollowUpTableModel</name>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::FollowUpsPage</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the follow-up done (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::IntegrityCheckJob</name>
    <message>
        <source>“%1” may be damaged. Make a backup now and restore it from an earlier backup if data is missing.

%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::InteractionDialog</name>
    <message>
        <source>Nobody in particular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log an interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With &amp;contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Promised:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was discussed, what the customer wants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we promised, in writing (quotes, dates, prices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also create a &amp;follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::MainActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new, empty workspace file for another company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a consistent copy of the workspace while you keep working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search customers by name, pinyin, phone, e-mail or city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log Interaction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Guanxi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool bar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::MainWindow</name>
    <message>
        <source>Workspace check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guanxi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no customer with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown view “%1”: use customers, followups or customer:ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only) — Guanxi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Guanxi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace is read-only: you can look at everything, but nothing can be changed. Copy the file to a writable folder to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Guanxi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Guanxi %1&lt;/h3&gt;&lt;p&gt;A desktop CRM for small businesses: customers, contacts, what was promised, and what needs doing next — in one file on your own computer.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::NavigationBar</name>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue, today&apos;s and upcoming follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::SnoozeMenu</name>
    <message>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until tomorrow (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until next Monday (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until a date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze until</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::StaffComboBox</name>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (former)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New team member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new team member:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::StatusBarWidgets</name>
    <message>
        <source>No workspace open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers in this workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace can only be read: it is write-protected or on read-only media.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::TimelineDelegate</name>
    <message>
        <source>Promised: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::TimelineModel</name>
    <message>
        <source>%1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::TimelinePanel</name>
    <message>
        <source>Delete interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this %1 from the timeline?
You can undo this with Edit ▸ Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interaction not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log interaction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a visit, call, e-mail, chat or meeting and what was promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::WorkspaceController</name>
    <message>
        <source>Guanxi workspaces (*.guanxi);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for “%1” cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists. Use File ▸ Open to open it, or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::WorkspaceSession</name>
    <message>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log %1 with follow-up “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Guanxi, a desktop CRM for small businesses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the workspace FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in VIEW: customers, followups or customer:ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the window off-screen, save it as the PNG file FILE and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the language LANG (zh_CN or en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshot size, WIDTHxHEIGHT (default 1366x768).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace to open (same as --workspace).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open one workspace at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language “%1”: use zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size must look like 1366x768.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screenshot needs --workspace FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guanxi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
