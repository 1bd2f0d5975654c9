<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BulkWriter</name>
    <message>
        <source>A bulk write cannot start inside another transaction.</source>
        <translation>批量写入不能在另一个事务中开始。</translation>
    </message>
    <message>
        <source>Preparing the bulk write failed</source>
        <translation>准备批量写入失败</translation>
    </message>
    <message>
        <source>Building the indexes failed</source>
        <translation>建立索引失败</translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved.</source>
        <translation>已取消：未保存任何内容。</translation>
    </message>
    <message>
        <source>A record refers to another one that does not exist.</source>
        <translation>某条记录引用了不存在的记录。</translation>
    </message>
    <message>
        <source>Saving the records failed</source>
        <translation>保存记录失败</translation>
    </message>
    <message>
        <source>This bulk write has already ended.</source>
        <translation>此次批量写入已经结束。</translation>
    </message>
    <message>
        <source>Writing the records failed</source>
        <translation>写入记录失败</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>Unknown option “%1”.</source>
        <translation>未知选项“%1”。</translation>
    </message>
    <message>
        <source>Unknown option “%1”. Did you mean --%2?</source>
        <translation>未知选项“%1”。是否要使用 --%2？</translation>
    </message>
    <message>
        <source>The option --%1 takes no value.</source>
        <translation>选项 --%1 不接受值。</translation>
    </message>
    <message>
        <source>The option --%1 needs a value: --%1 %2.</source>
        <translation>选项 --%1 需要一个值：--%1 %2。</translation>
    </message>
    <message>
        <source>The option --%1 is required.</source>
        <translation>必须提供选项 --%1。</translation>
    </message>
    <message>
        <source>The argument %1 is missing.</source>
        <translation>缺少参数 %1。</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[选项]</translation>
    </message>
    <message>
        <source>The workspace file (default: %1)</source>
        <translation>工作区文件（默认：%1）</translation>
    </message>
    <message>
        <source>Language of messages: zh_CN or en (default: the system&apos;s)</source>
        <translation>消息语言：zh_CN 或 en（默认跟随系统）</translation>
    </message>
    <message>
        <source>Open the workspace read-only: commands that change it fail</source>
        <translation>以只读方式打开工作区：修改数据的命令将会失败</translation>
    </message>
    <message>
        <source>Show the version and exit</source>
        <translation>显示版本信息并退出</translation>
    </message>
    <message>
        <source>Usage: %1 [--workspace FILE] [--lang zh_CN|en] [--read-only] COMMAND [ARGUMENTS]</source>
        <translation>用法：%1 [--workspace FILE] [--lang zh_CN|en] [--read-only] COMMAND [ARGUMENTS]</translation>
    </message>
    <message>
        <source>Guanxi&apos;s command-line tool: customers, demo data, integrity checks and backups of a Guanxi workspace, without a window.</source>
        <translation>“关系”的命令行工具：无需打开窗口，即可处理关系工作区中的客户、演示数据、完整性检查和备份。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Show this help, or the help of one command</source>
        <translation>显示本帮助，或某个命令的帮助</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>全局选项：</translation>
    </message>
    <message>
        <source>Exit status: 0 on success, 1 when the command failed, 2 when the command line is wrong.</source>
        <translation>退出状态：0 表示成功，1 表示命令执行失败，2 表示命令行有误。</translation>
    </message>
    <message>
        <source>%1 %2 (workspace format %3, Qt %4)</source>
        <translation>%1 %2（工作区格式 %3，Qt %4）</translation>
    </message>
    <message>
        <source>Run “%1 --help” for the list of commands.</source>
        <translation>运行“%1 --help”查看命令列表。</translation>
    </message>
    <message>
        <source>There is no command “%1”.</source>
        <translation>没有“%1”这个命令。</translation>
    </message>
    <message>
        <source>The option --lang does not know the language “%1”; use zh_CN or en.</source>
        <translation>选项 --lang 不支持语言“%1”；请使用 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>未指定命令。</translation>
    </message>
    <message>
        <source>“%1” needs a sub-command: %2.</source>
        <translation>“%1”需要一个子命令：%2。</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>The option --workspace needs a file name.</source>
        <translation>选项 --workspace 需要一个文件名。</translation>
    </message>
    <message>
        <source>Create one with “%1 %2init”.</source>
        <translation>可以用“%1 %2init”创建一个。</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>详细信息：%1</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>用法：%1</translation>
    </message>
    <message>
        <source>Run “%1 help %2” for all options.</source>
        <translation>运行“%1 help %2”查看全部选项。</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>参数：</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>Global options (--workspace, --lang, --read-only): see “%1 --help”.</source>
        <translation>全局选项（--workspace、--lang、--read-only）：参见“%1 --help”。</translation>
    </message>
    <message>
        <source>Print JSON (UTF-8) instead of text</source>
        <translation>输出 JSON（UTF-8）而不是文本</translation>
    </message>
    <message>
        <source>Show this help</source>
        <translation>显示本帮助</translation>
    </message>
    <message>
        <source>Show at most N (default: %1; 0 shows all)</source>
        <translation>最多显示 N 条（默认：%1；0 表示全部显示）</translation>
    </message>
    <message>
        <source>The option --%1 needs a whole number of 0 or more, not “%2”.</source>
        <translation>选项 --%1 需要一个大于或等于 0 的整数，而不是“%2”。</translation>
    </message>
    <message>
        <source>The customer was not saved:</source>
        <translation>客户未保存：</translation>
    </message>
    <message>
        <source>Nothing to change: give at least one --FIELD VALUE, for example --phone 13812345678.</source>
        <translation>没有要修改的内容：请至少提供一个 --FIELD VALUE，例如 --phone 13812345678。</translation>
    </message>
    <message>
        <source>Saved “%1” (%2).</source>
        <translation>已保存“%1”（%2）。</translation>
    </message>
    <message>
        <source>Deleted “%1” (%2).</source>
        <translation>已删除“%1”（%2）。</translation>
    </message>
    <message>
        <source>The option --%1 does not accept “%2”. Use one of: %3.</source>
        <translation>选项 --%1 不接受“%2”。请使用以下之一：%3。</translation>
    </message>
    <message>
        <source>No customers match.</source>
        <translation>没有符合条件的客户。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>关系类型</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The customer&apos;s id (as printed by “customer add” and “customer list”)</source>
        <translation>客户 ID（“customer add”和“customer list”会输出）</translation>
    </message>
    <message>
        <source>Add a customer and print its id; --owner NAME finds or creates the team member</source>
        <translation>添加客户并输出其 ID；--owner NAME 查找该团队成员，不存在时自动创建</translation>
    </message>
    <message>
        <source>Change fields of a customer: --FIELD VALUE for each (an empty VALUE clears it)</source>
        <translation>修改客户字段：每个字段用 --FIELD VALUE 指定（VALUE 为空则清除该字段）</translation>
    </message>
    <message>
        <source>Delete a customer (kept as a tombstone, so the deletion syncs)</source>
        <translation>删除客户（保留删除标记，以便同步删除操作）</translation>
    </message>
    <message>
        <source>Show a customer with contacts, recent interactions, open follow-ups and orders</source>
        <translation>显示客户及其联系人、最近的沟通记录、待办跟进和订单</translation>
    </message>
    <message>
        <source>List customers by name, optionally of one owner, tier or lifecycle level</source>
        <translation>按名称列出客户，可按负责人、关系类型或生命周期阶段筛选</translation>
    </message>
    <message>
        <source>Only the customers of this team member</source>
        <translation>只列出该团队成员负责的客户</translation>
    </message>
    <message>
        <source>Only this relationship tier (code, English or Chinese label)</source>
        <translation>只列出该关系类型（代码、英文或中文名称）</translation>
    </message>
    <message>
        <source>Only this lifecycle level</source>
        <translation>只列出该生命周期阶段</translation>
    </message>
    <message>
        <source>snoozed until %1</source>
        <translation>推迟到 %1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>建档日期</translation>
    </message>
    <message>
        <source>Contacts (%1)</source>
        <translation>联系人 (%1)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Recent interactions (%1 of %2)</source>
        <translation>最近的沟通记录（共 %2 条，显示 %1 条）</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>Open follow-ups (%1)</source>
        <translation>待办跟进 (%1)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Orders (%1)</source>
        <translation>订单 (%1)</translation>
    </message>
    <message>
        <source>Total %1; last on %2</source>
        <translation>合计 %1；最近一次下单：%2</translation>
    </message>
    <message>
        <source>The option --seed needs a whole number, not “%1”.</source>
        <translation>选项 --seed 需要一个整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>Generating customers: %1 of %2 (%3%)</source>
        <translation>正在生成客户：%1 / %2（%3%）</translation>
    </message>
    <message>
        <source>Building the indexes…</source>
        <translation>正在建立索引…</translation>
    </message>
    <message>
        <source>Building the search index…</source>
        <translation>正在建立搜索索引…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Writing the log into the file…</source>
        <translation>正在将日志写入文件…</translation>
    </message>
    <message>
        <source>Fill the workspace with realistic sample data (created when missing; Ctrl-C leaves it unchanged)</source>
        <translation>向工作区填入逼真的示例数据（工作区不存在时自动创建；按 Ctrl-C 中止则不做任何更改）</translation>
    </message>
    <message>
        <source>How many customers to create</source>
        <translation>要创建的客户数量</translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same data (default: 1)</source>
        <translation>随机种子：相同的种子生成相同的数据（默认：1）</translation>
    </message>
    <message>
        <source>The search text is empty.</source>
        <translation>搜索内容为空。</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>没有找到与“%1”匹配的结果。</translation>
    </message>
    <message>
        <source>Find customers by name, contact, phone, e-mail or city, as the search box does</source>
        <translation>按名称、联系人、电话、邮箱或城市查找客户，与搜索框的方式相同</translation>
    </message>
    <message>
        <source>What to look for; several words must all match</source>
        <translation>要查找的内容；有多个词时须全部匹配</translation>
    </message>
    <message>
        <source>“%1” is already a Guanxi workspace (format %2); nothing was changed.</source>
        <translation>“%1”已经是关系工作区（格式 %2），未做任何更改。</translation>
    </message>
    <message>
        <source>Created the workspace “%1”.</source>
        <translation>已创建工作区“%1”。</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>文件大小</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1（%2 字节）</translation>
    </message>
    <message>
        <source>Replica id</source>
        <translation>副本 ID</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>团队成员</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>沟通记录</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>%1 (open %2, overdue %3)</source>
        <translation>%1（待办 %2，已逾期 %3）</translation>
    </message>
    <message numerus="yes">
        <source>The workspace “%1” has %n problem(s):</source>
        <translation>
            <numerusform>工作区“%1”有 %n 个问题：</numerusform>
        </translation>
    </message>
    <message>
        <source>Quick check passed: “%1” is fine.</source>
        <translation>快速检查通过：“%1”正常。</translation>
    </message>
    <message>
        <source>Integrity check passed: “%1” is fine.</source>
        <translation>完整性检查通过：“%1”正常。</translation>
    </message>
    <message>
        <source>Backing up: %1%</source>
        <translation>正在备份：%1%</translation>
    </message>
    <message>
        <source>Backed up “%1” to “%2” (%3).</source>
        <translation>已将“%1”备份到“%2”（%3）。</translation>
    </message>
    <message>
        <source>Create a new, empty workspace (an existing workspace is left as it is)</source>
        <translation>新建一个空工作区（已有的工作区保持不变）</translation>
    </message>
    <message>
        <source>Show the workspace&apos;s path, format, size, replica id and how many records it holds</source>
        <translation>显示工作区的路径、格式、大小、副本 ID 和各类记录的数量</translation>
    </message>
    <message>
        <source>Check the workspace&apos;s integrity (database pages, references, search index)</source>
        <translation>检查工作区的完整性（数据库页、记录之间的引用、搜索索引）</translation>
    </message>
    <message>
        <source>Only the quick check that also runs when a workspace is opened</source>
        <translation>只做快速检查（即打开工作区时也会执行的检查）</translation>
    </message>
    <message>
        <source>Copy the workspace to FILE, safely even while it is in use</source>
        <translation>将工作区复制到 FILE；即使工作区正在使用，也能安全复制</translation>
    </message>
    <message>
        <source>The backup file to create; an existing file is never overwritten</source>
        <translation>要创建的备份文件；绝不会覆盖已有的文件</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1（必填）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 (separated by commas)</source>
        <translation>%1（以逗号分隔）</translation>
    </message>
    <message>
        <source>%1 (a team member; created when new)</source>
        <translation>%1（团队成员；不存在时自动创建）</translation>
    </message>
    <message>
        <source>%1 (this version writes format %2)</source>
        <translation>%1（本版本写入格式 %2）</translation>
    </message>
    <message>
        <source>The option --%1 needs a date such as 2026-11-23, not “%2”.</source>
        <translation>选项 --%1 需要 2026-11-23 这样的日期，而不是“%2”。</translation>
    </message>
    <message>
        <source>Cannot export “%1”. Use one of: customers, contacts, orders, interactions, followups.</source>
        <translation>无法导出“%1”。请使用以下之一：customers、contacts、orders、interactions、followups。</translation>
    </message>
    <message>
        <source>The option --format does not accept “%1”. Use one of: csv, xlsx, vcard, ics.</source>
        <translation>选项 --format 不接受“%1”。请使用以下之一：csv、xlsx、vcard、ics。</translation>
    </message>
    <message>
        <source>Cannot tell the format from the name “%1”: end it in .csv, .xlsx, .vcf or .ics, or add --format.</source>
        <translation>无法根据文件名“%1”判断格式：请使用 .csv、.xlsx、.vcf 或 .ics 扩展名，或者加上 --format。</translation>
    </message>
    <message>
        <source>The option --encoding is for CSV files only.</source>
        <translation>选项 --encoding 只适用于 CSV 文件。</translation>
    </message>
    <message>
        <source>The option --encoding does not accept “%1”. Use one of: utf-8, utf-8-bom, gb18030.</source>
        <translation>选项 --encoding 不接受“%1”。请使用以下之一：utf-8、utf-8-bom、gb18030。</translation>
    </message>
    <message>
        <source>The option --no-excel-safe is for CSV and Excel files only.</source>
        <translation>选项 --no-excel-safe 只适用于 CSV 和 Excel 文件。</translation>
    </message>
    <message>
        <source>The option --headers is for CSV and Excel files only.</source>
        <translation>选项 --headers 只适用于 CSV 和 Excel 文件。</translation>
    </message>
    <message>
        <source>The option --headers does not accept “%1”. Use one of: en, zh, codes.</source>
        <translation>选项 --headers 不接受“%1”。请使用以下之一：en、zh、codes。</translation>
    </message>
    <message>
        <source>The option --columns is for CSV and Excel files only.</source>
        <translation>选项 --columns 只适用于 CSV 和 Excel 文件。</translation>
    </message>
    <message>
        <source>There is no column “%1” for %2. The columns are: %3.</source>
        <translation>%2 中没有名为“%1”的列。可用的列：%3。</translation>
    </message>
    <message>
        <source>The option --columns needs at least one column.</source>
        <translation>选项 --columns 需要至少指定一列。</translation>
    </message>
    <message>
        <source>The option --vcard-version is for vCard files only.</source>
        <translation>选项 --vcard-version 只适用于 vCard 文件。</translation>
    </message>
    <message>
        <source>The option --vcard-version does not accept “%1”. Use 4.0 or 3.0.</source>
        <translation>选项 --vcard-version 不接受“%1”。请使用 4.0 或 3.0。</translation>
    </message>
    <message>
        <source>The option --ics-as is for follow-ups in calendar files only.</source>
        <translation>选项 --ics-as 只适用于将跟进导出为日历文件。</translation>
    </message>
    <message>
        <source>The option --ics-as does not accept “%1”. Use todo or event.</source>
        <translation>选项 --ics-as 不接受“%1”。请使用 todo 或 event。</translation>
    </message>
    <message>
        <source>The option --%1 selects customers; it does not apply to %2.</source>
        <translation>选项 --%1 用于筛选客户，不适用于 %2。</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to customers; use --search, --tier, --lifecycle or --owner.</source>
        <translation>选项 --%1 不适用于客户；请使用 --search、--tier、--lifecycle 或 --owner。</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2.</source>
        <translation>--from %1 晚于 --to %2。</translation>
    </message>
    <message>
        <source>“%1” already exists; add --force to replace it.</source>
        <translation>“%1”已存在；如需替换，请加上 --force。</translation>
    </message>
    <message>
        <source>Exporting: %1 of %2 (%3%)</source>
        <translation>正在导出：%1 / %2（%3%）</translation>
    </message>
    <message>
        <source>Export customers, contacts, orders, interactions or follow-ups to CSV, Excel, vCard or iCalendar (never replaces a file unless --force; Ctrl-C leaves no file)</source>
        <translation>将客户、联系人、订单、沟通记录或跟进导出为 CSV、Excel、vCard 或 iCalendar 文件（除非使用 --force，否则绝不替换已有文件；按 Ctrl-C 中止则不留下任何文件）</translation>
    </message>
    <message>
        <source>csv, xlsx, vcard (contacts) or ics (follow-ups, interactions); default: from the file name</source>
        <translation>csv、xlsx、vcard（联系人）或 ics（跟进、沟通记录）；默认：根据文件名判断</translation>
    </message>
    <message>
        <source>CSV only: utf-8-bom (default; Excel everywhere), gb18030 (Excel on Chinese Windows) or utf-8 (scripts)</source>
        <translation>仅限 CSV：utf-8-bom（默认；各平台的 Excel 均可打开）、gb18030（适合中文 Windows 上的 Excel）或 utf-8（适合脚本处理）</translation>
    </message>
    <message>
        <source>Write text starting with = + - @ as it is (by default a &apos; is put in front, so spreadsheets never run it)</source>
        <translation>以 = + - @ 开头的文本按原样写入（默认会在前面加一个单引号，使电子表格不会把它当作公式执行）</translation>
    </message>
    <message>
        <source>Header row and enum values: en, zh or codes (default: the language of messages)</source>
        <translation>表头和枚举值的写法：en（英文）、zh（中文）或 codes（代码）；默认与消息语言相同</translation>
    </message>
    <message>
        <source>Only these columns, in this order, separated by commas (codes or headers; default: all)</source>
        <translation>只导出这些列，按给出的顺序，以逗号分隔（可用代码或表头名称；默认：全部）</translation>
    </message>
    <message>
        <source>4.0 (default) or 3.0 for older address books</source>
        <translation>4.0（默认），或用于旧版通讯录的 3.0</translation>
    </message>
    <message>
        <source>Follow-ups as todo (default) or event, for calendars that ignore to-dos</source>
        <translation>跟进导出为 todo（待办，默认）或 event（日程，用于不支持待办的日历）</translation>
    </message>
    <message>
        <source>Customers: only those the search box finds for TEXT</source>
        <translation>客户：只导出在搜索框中输入 TEXT 能找到的客户</translation>
    </message>
    <message>
        <source>Customers: only this relationship tier</source>
        <translation>客户：只导出该关系类型</translation>
    </message>
    <message>
        <source>Customers: only this lifecycle level</source>
        <translation>客户：只导出该生命周期阶段</translation>
    </message>
    <message>
        <source>Customers: only those of this team member</source>
        <translation>客户：只导出该团队成员负责的客户</translation>
    </message>
    <message>
        <source>Other records: only this customer&apos;s</source>
        <translation>其他记录：只导出该客户的记录</translation>
    </message>
    <message>
        <source>Orders, interactions, follow-ups: on or after this day</source>
        <translation>订单、沟通记录、跟进：从该日期起（含当天）</translation>
    </message>
    <message>
        <source>Orders, interactions, follow-ups: on or before this day</source>
        <translation>订单、沟通记录、跟进：到该日期为止（含当天）</translation>
    </message>
    <message>
        <source>Replace FILE when it exists</source>
        <translation>FILE 已存在时将其替换</translation>
    </message>
    <message>
        <source>customers, contacts, orders, interactions or followups</source>
        <translation>customers（客户）、contacts（联系人）、orders（订单）、interactions（沟通记录）或 followups（跟进）</translation>
    </message>
    <message>
        <source>The file to write</source>
        <translation>要写入的文件</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln customer(s) to “%1”.</source>
        <translation>
            <numerusform>已将 %Ln 个客户导出到“%1”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln contact(s) to “%1”.</source>
        <translation>
            <numerusform>已将 %Ln 个联系人导出到“%1”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln order(s) to “%1”.</source>
        <translation>
            <numerusform>已将 %Ln 个订单导出到“%1”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln interaction(s) to “%1”.</source>
        <translation>
            <numerusform>已将 %Ln 条沟通记录导出到“%1”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln follow-up(s) to “%1”.</source>
        <translation>
            <numerusform>已将 %Ln 项跟进导出到“%1”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warning: %Ln cell(s) were longer than Excel allows (32,767 characters) and were cut; a CSV export keeps them whole.</source>
        <translation>
            <numerusform>警告：%Ln 个单元格超过 Excel 允许的长度（32,767 个字符），已被截断；导出为 CSV 可完整保留。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the column mapping “%1”: %2</source>
        <translation>无法读取列映射“%1”：%2</translation>
    </message>
    <message>
        <source>There is neither a file nor a saved column mapping called “%1”. “%2” lists the saved ones.</source>
        <translation>既没有名为“%1”的文件，也没有这个名称的已保存列映射。“%2”可列出已保存的列映射。</translation>
    </message>
    <message>
        <source>“%1” from line %2</source>
        <translation>第 %2 行的“%1”</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>“%1”（%2）</translation>
    </message>
    <message>
        <source>Imported customers from “%1”.</source>
        <translation>已从“%1”导入客户。</translation>
    </message>
    <message>
        <source>Imported contacts from “%1”.</source>
        <translation>已从“%1”导入联系人。</translation>
    </message>
    <message>
        <source>Imported orders from “%1”.</source>
        <translation>已从“%1”导入订单。</translation>
    </message>
    <message>
        <source>Imported interactions from “%1”.</source>
        <translation>已从“%1”导入沟通记录。</translation>
    </message>
    <message>
        <source>Batch %1 (undo with “guanxi-cli undo-import %1”).</source>
        <translation>批次 %1（可用“guanxi-cli undo-import %1”撤销）。</translation>
    </message>
    <message>
        <source>Nothing was imported from “%1” (--strict): %2</source>
        <translation>未从“%1”导入任何内容（--strict）：%2</translation>
    </message>
    <message>
        <source>Dry run of “%1”, nothing was saved. %2</source>
        <translation>试运行“%1”：未保存任何内容。%2</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>列：</translation>
    </message>
    <message>
        <source>Duplicates:</source>
        <translation>重复：</translation>
    </message>
    <message>
        <source>Rejected rows:</source>
        <translation>拒绝的行：</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>The rejected rows are in “%1”, with the reason in the last column: fix them there and import that file again.</source>
        <translation>拒绝的行已写入“%1”，原因在最后一列：请在该文件中修正后重新导入。</translation>
    </message>
    <message>
        <source>Add --rejects %1 to save them for fixing and importing again.</source>
        <translation>加上 --rejects %1 可将它们保存下来，修正后重新导入。</translation>
    </message>
    <message>
        <source>The option --encoding takes auto, utf-8, gb18030 or utf-16, not “%1”.</source>
        <translation>选项 --encoding 可取 auto、utf-8、gb18030 或 utf-16，而不是“%1”。</translation>
    </message>
    <message>
        <source>The option --delimiter takes auto, comma, semicolon or tab, not “%1”.</source>
        <translation>选项 --delimiter 可取 auto、comma、semicolon 或 tab，而不是“%1”。</translation>
    </message>
    <message>
        <source>The option --on-duplicate takes skip, update or create, not “%1”.</source>
        <translation>选项 --on-duplicate 可取 skip、update 或 create，而不是“%1”。</translation>
    </message>
    <message>
        <source>The option --save-mapping needs a name.</source>
        <translation>选项 --save-mapping 需要一个名称。</translation>
    </message>
    <message>
        <source>The rejected rows cannot be written over the file being imported.</source>
        <translation>拒绝的行不能覆盖写入正在导入的文件。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) are not valid and --strict accepts only a file without errors.</source>
        <translation>
            <numerusform>未导入任何内容：有 %n 行无效，而 --strict 只接受没有错误的文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported into this workspace yet.</source>
        <translation>此工作区尚未导入过任何内容。</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>撤销于</translation>
    </message>
    <message>
        <source>No column mappings are saved; “import … --save-mapping NAME” saves one.</source>
        <translation>没有已保存的列映射；可用“import … --save-mapping NAME”保存。</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>The file&apos;s text encoding (default: auto)</source>
        <translation>文件的文本编码（默认：auto）</translation>
    </message>
    <message>
        <source>What separates the fields (default: auto)</source>
        <translation>字段分隔符（默认：auto）</translation>
    </message>
    <message>
        <source>Which column holds which field: a JSON mapping file, or a mapping saved with --save-mapping; columns it does not name are guessed from the header</source>
        <translation>哪一列对应哪个字段：JSON 映射文件，或用 --save-mapping 保存的映射；其中未指定的列根据表头推断</translation>
    </message>
    <message>
        <source>Save the column mapping used under this name</source>
        <translation>以此名称保存所用的列映射</translation>
    </message>
    <message>
        <source>A row matching an existing record (same ID, credit code, phone, e-mail or name): leave the record alone (default), write the row&apos;s non-empty cells over it, or create a new one anyway</source>
        <translation>某行与已有记录匹配（ID、信用代码、电话、邮箱或名称相同）时：保持该记录不变（默认）、用该行的非空单元格覆盖它，或仍然新建一条记录</translation>
    </message>
    <message>
        <source>Import nothing when any row is invalid</source>
        <translation>只要有一行无效，就不导入任何内容</translation>
    </message>
    <message>
        <source>Do everything and report, but save nothing</source>
        <translation>执行全部步骤并报告结果，但不保存任何内容</translation>
    </message>
    <message>
        <source>Write the rejected rows with their reasons to FILE (CSV for Excel), to fix and import again</source>
        <translation>将拒绝的行及其原因写入 FILE（可用 Excel 打开的 CSV），以便修正后重新导入</translation>
    </message>
    <message>
        <source>Take back an import: remove what it created and restore what it updated (refused when its records were changed since)</source>
        <translation>撤销一次导入：删除它新建的记录，并恢复它更新的记录（如果这些记录之后又被修改，则拒绝撤销）</translation>
    </message>
    <message>
        <source>The batch id the import printed (or its first 8 or more characters)</source>
        <translation>导入时显示的批次 ID（或其前 8 个及以上字符）</translation>
    </message>
    <message>
        <source>List the imports into this workspace, newest first</source>
        <translation>列出此工作区的导入记录，最新的在前</translation>
    </message>
    <message>
        <source>List the column mappings saved with import --save-mapping</source>
        <translation>列出用 import --save-mapping 保存的列映射</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln customer(s); --limit N shows more (0: all).</source>
        <translation>
            <numerusform>显示 %Ln 位客户中的 %1 位；--limit N 可显示更多（0：全部）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %Ln customer(s) in %1 s (seed %2).</source>
        <translation>
            <numerusform>用时 %1 秒创建了 %Ln 位客户（种子 %2）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Contacts: %1, interactions: %2, orders: %3, follow-ups: %4, team members: %5.</source>
        <translation>联系人：%1，互动：%2，订单：%3，跟进：%4，团队成员：%5。</translation>
    </message>
    <message>
        <source>line %1 has the same %2 as %3: skipped</source>
        <translation>第 %1 行与 %3 的%2相同：已跳过</translation>
    </message>
    <message>
        <source>line %1 has the same %2 as %3: updates it</source>
        <translation>第 %1 行与 %3 的%2相同：将更新它</translation>
    </message>
    <message>
        <source>line %1 has the same %2 as %3: nothing to change</source>
        <translation>第 %1 行与 %3 的%2相同：无需更改</translation>
    </message>
    <message>
        <source>line %1 has the same %2 as %3: created anyway</source>
        <translation>第 %1 行与 %3 的%2相同：仍然新建</translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s) read. Created: %1, updated: %2, skipped as duplicates: %3, rejected: %4.</source>
        <translation>
            <numerusform>读取 %Ln 张名片。新建：%1，更新：%2，重复跳过：%3，拒绝：%4。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) read. Created: %1, updated: %2, skipped as duplicates: %3, rejected: %4.</source>
        <translation>
            <numerusform>读取 %Ln 行。新建：%1，更新：%2，重复跳过：%3，拒绝：%4。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more (--json lists them).</source>
        <translation>
            <numerusform>……另有 %Ln 项（--json 会全部列出）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected cards:</source>
        <translation>被拒绝的名片：</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more.</source>
        <translation>
            <numerusform>……另有 %Ln 项。</numerusform>
        </translation>
    </message>
    <message>
        <source>The rejected cards are in “%1”, a CSV file with the reason in the last column.</source>
        <translation>被拒绝的名片已写入“%1”，这是一个 CSV 文件，最后一列为原因。</translation>
    </message>
    <message>
        <source>Add --rejects %1 to save them with their reasons as a CSV file.</source>
        <translation>加上 --rejects %1 可将它们连同原因保存为 CSV 文件。</translation>
    </message>
    <message>
        <source>Import what? “%1” is not one of customers, contacts, orders, interactions, vcard.</source>
        <translation>要导入什么？“%1”不是 customers、contacts、orders、interactions、vcard 之一。</translation>
    </message>
    <message>
        <source>The option --%1 is for CSV files: a vCard names its own fields and character sets.</source>
        <translation>选项 --%1 仅用于 CSV 文件：vCard 自带字段名和字符集。</translation>
    </message>
    <message numerus="yes">
        <source>Importing: %Ln row(s) (%1%)</source>
        <translation>
            <numerusform>正在导入：%Ln 行（%1%）</numerusform>
        </translation>
    </message>
    <message>
        <source>Undid the import %1 of “%2”.</source>
        <translation>已撤销“%2”的导入 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) removed.</source>
        <translation>
            <numerusform>删除了 %Ln 条记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) restored to the values before the import.</source>
        <translation>
            <numerusform>%Ln 条记录已恢复为导入前的值。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln team member(s) the import added stay, as other records name them.</source>
        <translation>
            <numerusform>导入添加的 %Ln 位团队成员予以保留，因为其他记录引用了他们。</numerusform>
        </translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>The option --%1 is for CSV files: an Excel workbook keeps its text in Unicode and its cells apart.</source>
        <translation>选项 --%1 仅用于 CSV 文件：Excel 工作簿的文字本就是 Unicode，单元格也各自分开。</translation>
    </message>
    <message>
        <source>The option --sheet is for Excel workbooks (.xlsx).</source>
        <translation>选项 --sheet 仅用于 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>Import customers, contacts, orders or interactions from a CSV file or an Excel workbook, or contacts and their companies from a vCard file, all or nothing, as one batch that undo-import can take back</source>
        <translation>从 CSV 文件或 Excel 工作簿导入客户、联系人、订单或沟通记录，或从 vCard 文件导入联系人及其公司；要么全部导入，要么一条不导入，作为一个批次，可用 undo-import 撤销</translation>
    </message>
    <message>
        <source>The sheet of an Excel workbook to read (default: the first)</source>
        <translation>要读取的 Excel 工作表（默认：第一个）</translation>
    </message>
    <message>
        <source>customers, contacts, orders or interactions (CSV or .xlsx), or vcard: the people of a .vcf file (vCard 2.1, 3.0 or 4.0) become contacts, each of the customer its ORG names (created when there is none) or, without ORG, of a customer of kind person</source>
        <translation>customers、contacts、orders 或 interactions（CSV 或 .xlsx），或 vcard：.vcf 文件（vCard 2.1、3.0 或 4.0）中的人成为联系人，归属其 ORG 所指的客户（没有则新建）；没有 ORG 的，归属一个类型为个人的客户</translation>
    </message>
    <message>
        <source>The CSV file or Excel workbook (.xlsx), whose first row names the columns, or the vCard file</source>
        <translation>CSV 文件或 Excel 工作簿（.xlsx，第一行为列名），或 vCard 文件</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>“%1” (column %2)</source>
        <translation>“%1”（第 %2 列）</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>The column mapping is not valid JSON: %1 (at character %2).</source>
        <translation>列映射不是有效的 JSON：%1（位于第 %2 个字符）。</translation>
    </message>
    <message>
        <source>The column mapping names an unknown entity “%1”; use customers, contacts, orders or interactions.</source>
        <translation>列映射指定了未知的实体“%1”；请使用 customers、contacts、orders 或 interactions。</translation>
    </message>
    <message>
        <source>In the column mapping, “%1” must be true or false.</source>
        <translation>列映射中，“%1”必须为 true 或 false。</translation>
    </message>
    <message>
        <source>In the column mapping, “columns” must be an object: {&quot;field&quot;: &quot;column&quot;, …}.</source>
        <translation>列映射中，“columns”必须是一个对象：{&quot;field&quot;: &quot;column&quot;, …}。</translation>
    </message>
    <message>
        <source>In the column mapping, “%1” must name a column by its header text, by its number (1 is the first column), or be null.</source>
        <translation>列映射中，“%1”必须用表头文字或列号（1 表示第一列）指定一列，或者为 null。</translation>
    </message>
    <message>
        <source>The column mapping has an unknown entry “%1” (known: entity, header, guess, columns).</source>
        <translation>列映射中有未知的条目“%1”（可用的条目：entity、header、guess、columns）。</translation>
    </message>
    <message>
        <source>The column mapping is for %1, not for %2.</source>
        <translation>该列映射用于%1，而不是%2。</translation>
    </message>
    <message>
        <source>The column mapping names “%1”, which %2 do not have. Their fields are: %3.</source>
        <translation>列映射指定了“%1”，但%2没有这个字段。可用的字段：%3。</translation>
    </message>
    <message>
        <source>The column mapping says the file has no header row, so columns must be given by number (%1).</source>
        <translation>列映射声明文件没有表头行，因此必须用列号指定列（%1）。</translation>
    </message>
    <message>
        <source>The column mapping puts %1 in the column “%2”, which the file does not have. Its columns are: %3.</source>
        <translation>列映射将%1放在“%2”列，但文件中没有该列。文件的列：%3。</translation>
    </message>
    <message>
        <source>The column mapping puts both %1 and %2 in %3.</source>
        <translation>列映射将%1和%2都放在了%3。</translation>
    </message>
    <message>
        <source>%1 / %2 (or %3 / %4)</source>
        <translation>%1 / %2（或 %3 / %4）</translation>
    </message>
    <message>
        <source>No column was found for: %1. The file&apos;s columns are: %2. Rename the column in the file or map it with a column mapping.</source>
        <translation>找不到以下字段对应的列：%1。文件的列：%2。请在文件中重命名该列，或用列映射指定。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 ← %2</source>
        <translation>%1 ← %2</translation>
    </message>
    <message>
        <source>The column mapping must be a JSON object: {&quot;columns&quot;: {&quot;field&quot;: &quot;column&quot;, …}}.</source>
        <translation>列映射必须是一个 JSON 对象：{&quot;columns&quot;: {&quot;字段&quot;: &quot;列&quot;, …}}。</translation>
    </message>
    <message numerus="yes">
        <source>The column mapping puts %1 in column %2, but the file has only %n column(s).</source>
        <translation>
            <numerusform>列映射把 %1 放在第 %2 列，但文件只有 %n 列。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactRepository</name>
    <message>
        <source>There is no customer with id %1.</source>
        <translation>没有 ID 为 %1 的客户。</translation>
    </message>
    <message>
        <source>There is no contact with id %1.</source>
        <translation>没有 ID 为 %1 的联系人。</translation>
    </message>
</context>
<context>
    <name>ContactRole</name>
    <message>
        <source>Decision maker</source>
        <translation>决策者</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>影响者</translation>
    </message>
    <message>
        <source>User</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>Gatekeeper</source>
        <translation>把关者</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>支持者</translation>
    </message>
</context>
<context>
    <name>CsvDecoder</name>
    <message>
        <source>The text converter for this encoding is not available.</source>
        <translation>该编码的文本转换器不可用。</translation>
    </message>
    <message>
        <source>The file ends in the middle of a character on line %1 (bytes %2): it may have been cut off.</source>
        <translation>文件在第 %1 行的一个字符中间结束（字节 %2）：文件可能被截断了。</translation>
    </message>
    <message>
        <source>Line %1 is UTF-8 text in a file read as GB18030/GBK: the file mixes two encodings. Save it again in one encoding, or choose UTF-8 if the whole file is UTF-8.</source>
        <translation>文件按 GB18030/GBK 读取，但第 %1 行是 UTF-8 文本：文件混用了两种编码。请以同一种编码重新保存；如果整个文件都是 UTF-8，请选择 UTF-8。</translation>
    </message>
    <message>
        <source>Line %1 is not valid GB18030/GBK text (bytes %2): the file may mix encodings or not be a text file.</source>
        <translation>第 %1 行不是有效的 GB18030/GBK 文本（字节 %2）：文件可能混用了多种编码，或者不是文本文件。</translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-16 text (bytes %2): the file may be damaged.</source>
        <translation>第 %1 行不是有效的 UTF-16 文本（字节 %2）：文件可能已损坏。</translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-8 text (bytes %2): the file may mix encodings. Choose its encoding by hand, or open it in a spreadsheet and save it again as CSV UTF-8.</source>
        <translation>第 %1 行不是有效的 UTF-8 文本（字节 %2）：文件可能混用了多种编码。请手动选择文件的编码，或者用电子表格软件打开后另存为“CSV UTF-8”。</translation>
    </message>
</context>
<context>
    <name>CsvNames</name>
    <message>
        <source>Detect automatically</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>UTF-8 with byte order mark</source>
        <translation>带有 BOM 的 UTF-8</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>GB18030 / GBK (Chinese Windows)</source>
        <translation>GB18030 / GBK（中文 Windows）</translation>
    </message>
    <message>
        <source>UTF-16 (Unicode Text)</source>
        <translation>UTF-16（Unicode 文本）</translation>
    </message>
    <message>
        <source>UTF-16 little-endian (Unicode Text)</source>
        <translation>UTF-16 小端序（Unicode 文本）</translation>
    </message>
    <message>
        <source>UTF-16 big-endian</source>
        <translation>UTF-16 大端序</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>certain</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>很可能</translation>
    </message>
    <message>
        <source>a guess</source>
        <translation>推测</translation>
    </message>
</context>
<context>
    <name>CsvParser</name>
    <message>
        <source>The quoted field that starts on line %1 has no closing quote (&quot;): the rest of the file would be read as one field.</source>
        <translation>从第 %1 行开始的带引号字段缺少结束的双引号（&quot;）：如果继续读取，文件的其余部分都会被当作这一个字段。</translation>
    </message>
    <message>
        <source>Line %1 contains a NUL character: this does not look like a text file.</source>
        <translation>第 %1 行包含 NUL 字符：这看起来不是文本文件。</translation>
    </message>
    <message>
        <source>Line %1 contains a byte order mark (U+FEFF) in the middle of the file: were two files joined together? Remove it and try again.</source>
        <translation>第 %1 行在文件中间出现了字节顺序标记（U+FEFF）：是不是两个文件被拼接在了一起？请删除该标记后重试。</translation>
    </message>
    <message>
        <source>Line %1 contains U+FFFE, a byte order mark in the wrong byte order: the file&apos;s encoding may be chosen wrongly.</source>
        <translation>第 %1 行包含 U+FFFE，即字节序相反的字节顺序标记：可能选错了文件的编码。</translation>
    </message>
    <message>
        <source>Line %1 contains the control character U+%2: this does not look like a text file.</source>
        <translation>第 %1 行包含控制字符 U+%2：这看起来不是文本文件。</translation>
    </message>
    <message numerus="yes">
        <source>Line %1: field %2 is longer than %Ln character(s), the most one field may hold.</source>
        <translation>
            <numerusform>第 %1 行：第 %2 个字段超过 %Ln 个字符，这是单个字段的上限。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Line %1: the record is longer than %Ln character(s), the most one record may hold.</source>
        <translation>
            <numerusform>第 %1 行：该记录超过 %Ln 个字符，这是单条记录的上限。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Line %1 has more than %Ln field(s), the most Guanxi reads in one record.</source>
        <translation>
            <numerusform>第 %1 行超过 %Ln 个字段，这是关系一条记录可读取的上限。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file “%1” is empty: it has no rows.</source>
        <translation>文件“%1”是空的：没有任何行。</translation>
    </message>
    <message>
        <source>Reading “%1” was cancelled.</source>
        <translation>已取消读取“%1”。</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>文件“%1”不存在。</translation>
    </message>
    <message>
        <source>Cannot open the file “%1”: %2</source>
        <translation>无法打开文件“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot read the file “%1”: %2</source>
        <translation>无法读取文件“%1”：%2</translation>
    </message>
    <message>
        <source>The file “%1” disappeared while it was being read.</source>
        <translation>读取过程中文件“%1”消失了。</translation>
    </message>
    <message>
        <source>The file “%1” changed while it was being read: another program may be writing it. Close that program and try again.</source>
        <translation>读取过程中文件“%1”发生了变化：可能有其他程序正在写入。请关闭该程序后重试。</translation>
    </message>
</context>
<context>
    <name>CsvSniffer</name>
    <message>
        <source>The file starts with the byte order mark of %1, so it cannot be read as %2.</source>
        <translation>文件以 %1 的字节顺序标记开头，因此不能按 %2 读取。</translation>
    </message>
    <message>
        <source>The file mixes two encodings: line %1 is UTF-8 text, line %2 is not (it may be GB18030/GBK). Open it in a spreadsheet, save it again in one encoding and try again.</source>
        <translation>文件混用了两种编码：第 %1 行是 UTF-8 文本，第 %2 行则不是（可能是 GB18030/GBK）。请用电子表格软件打开，以同一种编码重新保存后重试。</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GB18030/GBK text (both fail by line %1): it may not be a text file, or use another encoding. Open it in a spreadsheet, save it as CSV UTF-8 and try again.</source>
        <translation>文件既不是 UTF-8 文本，也不是 GB18030/GBK 文本（按这两种编码读取，到第 %1 行都会出错）：它可能不是文本文件，或者使用了其他编码。请用电子表格软件打开，另存为“CSV UTF-8”后重试。</translation>
    </message>
</context>
<context>
    <name>CustomerFields</name>
    <message>
        <source>%1: “%2” is not one of the choices. Use one of: %3.</source>
        <translation>%1：“%2”不是可选的值。请使用以下之一：%3。</translation>
    </message>
    <message>
        <source>%1 cannot be empty.</source>
        <translation>%1不能为空。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1: “%2” is neither yes nor no.</source>
        <translation>%1：“%2”既不是“是”也不是“否”。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <source>Relationship tier</source>
        <translation>关系类型</translation>
    </message>
    <message>
        <source>Lifecycle level</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <source>Lifecycle set by hand</source>
        <translation>手动设定生命周期阶段</translation>
    </message>
    <message>
        <source>Value segment</source>
        <translation>价值区间</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>省份/地区</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>请勿联系</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>%1: “%2” is not a rating from 1 to 5.</source>
        <translation>%1：“%2”不是 1 到 5 之间的评分。</translation>
    </message>
</context>
<context>
    <name>CustomerKind</name>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>个人</translation>
    </message>
</context>
<context>
    <name>CustomerRepository</name>
    <message>
        <source>The owner (%1) is not a member of the team.</source>
        <translation>负责人（%1）不是团队成员。</translation>
    </message>
    <message>
        <source>There is no customer with id %1.</source>
        <translation>没有 ID 为 %1 的客户。</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The number of customers cannot be negative.</source>
        <translation>客户数量不能为负数。</translation>
    </message>
</context>
<context>
    <name>DuplicateMatch</name>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>date, amount and product</source>
        <translation>日期、金额和产品</translation>
    </message>
    <message>
        <source>time, channel and summary</source>
        <translation>时间、渠道和摘要</translation>
    </message>
</context>
<context>
    <name>ExportScope</name>
    <message>
        <source>search “%1”</source>
        <translation>搜索“%1”</translation>
    </message>
    <message>
        <source>tier: %1</source>
        <translation>关系类型：%1</translation>
    </message>
    <message>
        <source>lifecycle: %1</source>
        <translation>客户等级：%1</translation>
    </message>
    <message>
        <source>owner: %1</source>
        <translation>负责人：%1</translation>
    </message>
    <message>
        <source>All %1 customers in the list</source>
        <translation>列表中的全部 %1 个客户</translation>
    </message>
    <message>
        <source>The %1 customers in the list (%2)</source>
        <translation>列表中的 %1 个客户（%2）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Customers %1</source>
        <translation>客户 %1</translation>
    </message>
    <message>
        <source>The contacts of “%1”</source>
        <translation>“%1”的联系人</translation>
    </message>
    <message>
        <source>Contacts of %1</source>
        <translation>%1的联系人</translation>
    </message>
    <message>
        <source>All contacts of all customers</source>
        <translation>所有客户的全部联系人</translation>
    </message>
    <message>
        <source>Contacts %1</source>
        <translation>联系人 %1</translation>
    </message>
    <message>
        <source>Follow-ups %1</source>
        <translation>跟进 %1</translation>
    </message>
    <message>
        <source>Everyone’s open follow-ups (overdue, today and the next %1 days)</source>
        <translation>所有人的待办跟进（逾期、今天及之后 %1 天）</translation>
    </message>
    <message>
        <source>Unassigned open follow-ups (overdue, today and the next %1 days)</source>
        <translation>未分配的待办跟进（逾期、今天及之后 %1 天）</translation>
    </message>
    <message>
        <source>%1’s open follow-ups (overdue, today and the next %2 days)</source>
        <translation>%1 的待办跟进（逾期、今天及之后 %2 天）</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消；未写入任何文件。</translation>
    </message>
    <message>
        <source>There is no column “%1” for %2. The columns are: %3.</source>
        <translation>%2 中没有名为“%1”的列。可用的列：%3。</translation>
    </message>
    <message>
        <source>Guanxi interactions</source>
        <translation>关系 — 沟通记录</translation>
    </message>
    <message>
        <source>Guanxi follow-ups</source>
        <translation>关系 — 跟进</translation>
    </message>
    <message>
        <source>Only contacts can be exported as vCards (.vcf).</source>
        <translation>只有联系人可以导出为 vCard（.vcf）。</translation>
    </message>
    <message>
        <source>Only follow-ups and interactions can be exported as calendars (.ics).</source>
        <translation>只有跟进和沟通记录可以导出为日历（.ics）。</translation>
    </message>
    <message>
        <source>Columns can only be chosen for CSV and Excel files.</source>
        <translation>只有 CSV 和 Excel 文件可以选择导出的列。</translation>
    </message>
    <message>
        <source>Cannot write “%1”; nothing was saved.</source>
        <translation>无法写入“%1”；未保存任何内容。</translation>
    </message>
</context>
<context>
    <name>FileSink</name>
    <message>
        <source>Cannot write the file “%1”.</source>
        <translation>无法写入文件“%1”。</translation>
    </message>
</context>
<context>
    <name>FollowUpEditing</name>
    <message>
        <source>Follow-up not changed</source>
        <translation>跟进未修改</translation>
    </message>
    <message>
        <source>Delete follow-up</source>
        <translation>删除跟进</translation>
    </message>
    <message>
        <source>Delete the follow-up “%1”?
You can undo this with Edit ▸ Undo.</source>
        <translation>删除跟进“%1”？
可以通过“编辑 ▸ 撤销”恢复。</translation>
    </message>
    <message>
        <source>Follow-up not deleted</source>
        <translation>跟进未删除</translation>
    </message>
</context>
<context>
    <name>FollowUpRepository</name>
    <message>
        <source>There is no customer with id %1.</source>
        <translation>没有 ID 为 %1 的客户。</translation>
    </message>
    <message>
        <source>There is no team member with id %1.</source>
        <translation>没有 ID 为 %1 的团队成员。</translation>
    </message>
    <message>
        <source>There is no follow-up with id %1.</source>
        <translation>没有 ID 为 %1 的跟进。</translation>
    </message>
</context>
<context>
    <name>FollowUpStatus</name>
    <message>
        <source>Open</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
</context>
<context>
    <name>FollowUpText</name>
    <message>
        <source>Done %1</source>
        <translation>已于 %1 完成</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>自 %1 起逾期</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>已推迟到 %1</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待办</translation>
    </message>
</context>
<context>
    <name>ICalendarWriter</name>
    <message>
        <source>Customer: %1</source>
        <translation>客户：%1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>负责人：%1</translation>
    </message>
    <message>
        <source>Snoozed; first due on %1</source>
        <translation>已推迟；原到期日：%1</translation>
    </message>
    <message>
        <source>%1 (done)</source>
        <translation>%1（已完成）</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>联系人：%1</translation>
    </message>
    <message>
        <source>Staff: %1</source>
        <translation>经办人：%1</translation>
    </message>
    <message>
        <source>Commitments: %1</source>
        <translation>承诺：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ImportBatchRepository</name>
    <message>
        <source>“%1” is not a table an import writes.</source>
        <translation>“%1”不是导入会写入的表。</translation>
    </message>
    <message>
        <source>No record with id %1.</source>
        <translation>没有 ID 为 %1 的记录。</translation>
    </message>
    <message>
        <source>Several imports have ids that start with “%1”; give more of the id.</source>
        <translation>有多个导入的 ID 以“%1”开头；请给出更长的 ID。</translation>
    </message>
    <message>
        <source>There is no import with the id “%1”.</source>
        <translation>没有 ID 为“%1”的导入。</translation>
    </message>
    <message>
        <source>The import %1 was already undone (%2).</source>
        <translation>导入 %1 已经撤销过了（%2）。</translation>
    </message>
    <message>
        <source>Records it created were changed afterwards: %1.</source>
        <translation>它新建的记录之后被修改过：%1。</translation>
    </message>
    <message>
        <source>Records it updated were changed again afterwards: %1.</source>
        <translation>它更新的记录之后又被修改过：%1。</translation>
    </message>
    <message>
        <source>The import %1 was not undone, because undoing it now would lose later work:</source>
        <translation>未撤销导入 %1，因为现在撤销会丢失之后所做的修改：</translation>
    </message>
    <message>
        <source>Nothing was changed. Undo the later changes (or later imports) first, or edit the records by hand.</source>
        <translation>未做任何更改。请先撤销之后的修改（或之后的导入），或手动编辑这些记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) added after the import refer to records it created.</source>
        <translation>
            <numerusform>导入之后添加的 %n 位客户引用了该导入创建的记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) added after the import refer to records it created.</source>
        <translation>
            <numerusform>导入之后添加的 %n 位联系人引用了该导入创建的记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) added after the import refer to records it created.</source>
        <translation>
            <numerusform>导入之后添加的 %n 个订单引用了该导入创建的记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s) added after the import refer to records it created.</source>
        <translation>
            <numerusform>导入之后添加的 %n 条互动引用了该导入创建的记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) added after the import refer to records it created.</source>
        <translation>
            <numerusform>导入之后添加的 %n 项跟进引用了该导入创建的记录。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportEntities</name>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>沟通记录</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <source>Relationship tier</source>
        <translation>关系类型</translation>
    </message>
    <message>
        <source>Lifecycle level</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <source>Lifecycle set by hand</source>
        <translation>手动设定生命周期阶段</translation>
    </message>
    <message>
        <source>Value segment</source>
        <translation>价值区间</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>省份/地区</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>请勿联系</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>主要联系人</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Contact ID</source>
        <translation>联系人编号</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>Customer&apos;s city</source>
        <translation>客户所在城市</translation>
    </message>
    <message>
        <source>Customer&apos;s region</source>
        <translation>客户所在省份/地区</translation>
    </message>
    <message>
        <source>Customer&apos;s address</source>
        <translation>客户地址</translation>
    </message>
</context>
<context>
    <name>ImportMappingRepository</name>
    <message>
        <source>A saved column mapping needs a name.</source>
        <translation>保存的列映射需要一个名称。</translation>
    </message>
    <message>
        <source>There is no saved column mapping called “%1”.</source>
        <translation>没有名为“%1”的已保存列映射。</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>%1: “%2” is neither yes nor no.</source>
        <translation>%1：“%2”既不是“是”也不是“否”。</translation>
    </message>
    <message>
        <source>The contact with ID %1 was deleted from the workspace; clear the ID cell to import the row as a new contact.</source>
        <translation>ID 为 %1 的联系人已从工作区删除；清空 ID 单元格即可将该行作为新联系人导入。</translation>
    </message>
    <message>
        <source>The contact with ID %1 belongs to another customer.</source>
        <translation>ID 为 %1 的联系人属于另一个客户。</translation>
    </message>
    <message>
        <source>The customer with ID %1 was deleted from the workspace; clear the ID cell to import the row as a new customer.</source>
        <translation>ID 为 %1 的客户已从工作区删除；清空 ID 单元格即可将该行作为新客户导入。</translation>
    </message>
    <message>
        <source>ID: “%1” is not an ID (a UUID such as 0190a1b2-…); leave the cell empty for a new record.</source>
        <translation>编号：“%1”不是有效的 ID（应为 0190a1b2-… 这样的 UUID）；新记录请将该单元格留空。</translation>
    </message>
    <message>
        <source>Created: “%1” is not a date and time such as 2024-03-05 14:30.</source>
        <translation>创建时间：“%1”不是 2024-03-05 14:30 这样的日期时间。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: “%2” is not one of the choices. Use one of: %3.</source>
        <translation>%1：“%2”不是可选的值。请使用以下之一：%3。</translation>
    </message>
    <message>
        <source>Customer ID: “%1” is not an ID (a UUID such as 0190a1b2-…).</source>
        <translation>客户编号：“%1”不是有效的 ID（应为 0190a1b2-… 这样的 UUID）。</translation>
    </message>
    <message>
        <source>The customer with ID %1 was deleted.</source>
        <translation>ID 为 %1 的客户已被删除。</translation>
    </message>
    <message>
        <source>There is no customer with ID %1.</source>
        <translation>没有 ID 为 %1 的客户。</translation>
    </message>
    <message>
        <source>The customer is missing.</source>
        <translation>缺少客户。</translation>
    </message>
    <message>
        <source>There is no customer named “%1”. Import the customers first, or correct the name.</source>
        <translation>没有名为“%1”的客户。请先导入客户，或更正名称。</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>已取消：未导入任何内容。</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row and no data.</source>
        <translation>文件为空：没有表头行，也没有数据。</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date and time such as 2024-03-05 14:30.</source>
        <translation>%1：“%2”不是 2024-03-05 14:30 这样的日期时间。</translation>
    </message>
    <message>
        <source>%1: the customer has no contact with ID “%2”.</source>
        <translation>%1：该客户没有 ID 为“%2”的联系人。</translation>
    </message>
    <message>
        <source>%1: the customer has no contact named “%2”. Import the contacts first, or leave the cell empty.</source>
        <translation>%1：该客户没有名为“%2”的联系人。请先导入联系人，或将该单元格留空。</translation>
    </message>
    <message>
        <source>The interaction with ID %1 was deleted from the workspace; clear the ID cell to import the row as a new interaction.</source>
        <translation>ID 为 %1 的沟通记录已从工作区删除；清空 ID 单元格即可将该行作为新沟通记录导入。</translation>
    </message>
    <message>
        <source>The interaction with ID %1 belongs to another customer.</source>
        <translation>ID 为 %1 的沟通记录属于另一个客户。</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date such as 2024-03-05.</source>
        <translation>%1：“%2”不是 2024-03-05 这样的日期。</translation>
    </message>
    <message>
        <source>%1: “%2” is not an amount in yuan such as 1234.50 (at most two decimals).</source>
        <translation>%1：“%2”不是 1234.50 这样的人民币金额（最多两位小数）。</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>缺少%1。</translation>
    </message>
    <message>
        <source>The order with ID %1 was deleted from the workspace; clear the ID cell to import the row as a new order.</source>
        <translation>ID 为 %1 的订单已从工作区删除；清空 ID 单元格即可将该行作为新订单导入。</translation>
    </message>
    <message>
        <source>The order with ID %1 belongs to another customer.</source>
        <translation>ID 为 %1 的订单属于另一个客户。</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>客户：%1</translation>
    </message>
    <message numerus="yes">
        <source>Contact person: the name is too long (%n character(s); at most %1).</source>
        <translation>
            <numerusform>联系人：姓名过长（%n 个字符；最多 %1 个）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customers are named “%1”; give the customer&apos;s ID instead (column Customer ID).</source>
        <translation>
            <numerusform>有 %n 位客户名为“%1”；请改填客户 ID（“客户 ID”列）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The row has %n field(s) where the header has %1 (a missing or extra delimiter or quote?).</source>
        <translation>
            <numerusform>该行有 %n 个字段，而表头有 %1 个（是否缺少或多了分隔符或引号？）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has a header row but no rows of data below it: there is nothing to import.</source>
        <translation>文件只有表头行，下面没有数据行：没有可导入的内容。</translation>
    </message>
    <message>
        <source>The file “%1” is an old Excel workbook (.xls) or another Office document, not a CSV file. Open it in Excel or WPS, save it as “CSV UTF-8” and import that file.</source>
        <translation>文件“%1”是旧版 Excel 工作簿（.xls）或其他 Office 文档，不是 CSV 文件。请在 Excel 或 WPS 中打开，另存为“CSV UTF-8”，再导入该文件。</translation>
    </message>
    <message>
        <source>The file “%1” is an Excel workbook protected with a password. Open it in Excel or WPS, save it without a password and import that file.</source>
        <translation>文件“%1”是设有密码保护的 Excel 工作簿。请在 Excel 或 WPS 中打开，另存为无密码的文件后再导入。</translation>
    </message>
</context>
<context>
    <name>InteractionChannel</name>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Chat / WeChat</source>
        <translation>微信/聊天</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>InteractionRepository</name>
    <message>
        <source>There is no customer with id %1.</source>
        <translation>没有 ID 为 %1 的客户。</translation>
    </message>
    <message>
        <source>There is no contact with id %1.</source>
        <translation>没有 ID 为 %1 的联系人。</translation>
    </message>
    <message>
        <source>There is no team member with id %1.</source>
        <translation>没有 ID 为 %1 的团队成员。</translation>
    </message>
    <message>
        <source>There is no interaction with id %1.</source>
        <translation>没有 ID 为 %1 的沟通记录。</translation>
    </message>
</context>
<context>
    <name>LifecycleLevel</name>
    <message>
        <source>Prospect</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>常客户</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>老客户</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>忠诚客户</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Upgrading the workspace to format %1 failed</source>
        <translation>将工作区升级到格式 %1 失败</translation>
    </message>
</context>
<context>
    <name>OrderRepository</name>
    <message>
        <source>There is no customer with id %1.</source>
        <translation>没有 ID 为 %1 的客户。</translation>
    </message>
    <message>
        <source>There is no order with id %1.</source>
        <translation>没有 ID 为 %1 的订单。</translation>
    </message>
</context>
<context>
    <name>PartFile</name>
    <message>
        <source>“%1” is a folder; give a file name.</source>
        <translation>“%1”是文件夹；请指定一个文件名。</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name, or allow replacing it.</source>
        <translation>“%1”已存在。请换一个名称，或允许替换该文件。</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>文件夹“%1”不存在。</translation>
    </message>
    <message>
        <source>Cannot write in the folder “%1”.</source>
        <translation>无法在文件夹“%1”中写入。</translation>
    </message>
    <message>
        <source>Cannot save “%1”.</source>
        <translation>无法保存“%1”。</translation>
    </message>
    <message>
        <source>“%1” was created by someone else during the export; it was left as it is.</source>
        <translation>导出期间，其他程序或他人创建了“%1”；该文件保持原样，未被覆盖。</translation>
    </message>
</context>
<context>
    <name>RejectsWriter</name>
    <message>
        <source>Cannot write the rejected rows to “%1”: %2</source>
        <translation>无法将拒绝的行写入“%1”：%2</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>RelationshipTier</name>
    <message>
        <source>Transactional</source>
        <translation>买卖关系</translation>
    </message>
    <message>
        <source>Preferred supplier</source>
        <translation>供应关系</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Strategic alliance</source>
        <translation>战略联盟</translation>
    </message>
</context>
<context>
    <name>Screenshot</name>
    <message>
        <source>Cannot create the folder for “%1”.</source>
        <translation>无法为“%1”创建文件夹。</translation>
    </message>
    <message>
        <source>Cannot write the screenshot “%1”.</source>
        <translation>无法写入截图“%1”。</translation>
    </message>
</context>
<context>
    <name>SearchRepository</name>
    <message>
        <source>Searching for “%1” failed.</source>
        <translation>搜索“%1”失败。</translation>
    </message>
</context>
<context>
    <name>SourceChannel</name>
    <message>
        <source>Referral</source>
        <translation>转介绍</translation>
    </message>
    <message>
        <source>Trade show</source>
        <translation>展会</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>官网</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>广告</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>社交媒体</translation>
    </message>
    <message>
        <source>Cold outreach</source>
        <translation>陌生拜访</translation>
    </message>
    <message>
        <source>E-commerce platform</source>
        <translation>电商平台</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>StaffRepository</name>
    <message>
        <source>There is no team member with id %1.</source>
        <translation>没有 ID 为 %1 的团队成员。</translation>
    </message>
    <message>
        <source>There is no team member called “%1”.</source>
        <translation>没有名为“%1”的团队成员。</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>No record with id %1.</source>
        <translation>没有 ID 为 %1 的记录。</translation>
    </message>
    <message>
        <source>Another program is using this workspace. Close it or wait a moment, then try again.</source>
        <translation>另一个程序正在使用此工作区。请关闭该程序或稍等片刻，然后重试。</translation>
    </message>
    <message>
        <source>The workspace file cannot be written (it is read-only).</source>
        <translation>无法写入工作区文件（文件为只读）。</translation>
    </message>
    <message>
        <source>The workspace file is damaged. Restore it from a backup.</source>
        <translation>工作区文件已损坏。请从备份恢复。</translation>
    </message>
    <message>
        <source>The file is not a Guanxi workspace.</source>
        <translation>该文件不是关系工作区。</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>磁盘已满。</translation>
    </message>
    <message>
        <source>The file could not be read or written.</source>
        <translation>无法读取或写入该文件。</translation>
    </message>
    <message>
        <source>The database reported an error.</source>
        <translation>数据库报告了错误。</translation>
    </message>
    <message>
        <source>This SQLite library has no full-text search (FTS5); Guanxi needs SQLite built with FTS5.</source>
        <translation>此 SQLite 库不支持全文搜索（FTS5）；本软件需要启用了 FTS5 的 SQLite。</translation>
    </message>
    <message>
        <source>Preparing the database connection failed</source>
        <translation>准备数据库连接失败</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>TextEncoder</name>
    <message>
        <source>This system cannot write GB18030 text.</source>
        <translation>本系统无法写入 GB18030 编码的文本。</translation>
    </message>
</context>
<context>
    <name>UndoCommand</name>
    <message>
        <source>New customer “%1”</source>
        <translation>新建客户“%1”</translation>
    </message>
    <message>
        <source>Edit customer “%1”</source>
        <translation>编辑客户“%1”</translation>
    </message>
    <message>
        <source>Delete customer “%1”</source>
        <translation>删除客户“%1”</translation>
    </message>
    <message>
        <source>New contact “%1”</source>
        <translation>新建联系人“%1”</translation>
    </message>
    <message>
        <source>Edit contact “%1”</source>
        <translation>编辑联系人“%1”</translation>
    </message>
    <message>
        <source>Delete contact “%1”</source>
        <translation>删除联系人“%1”</translation>
    </message>
    <message>
        <source>Log %1</source>
        <translation>记录%1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑%1记录</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除%1记录</translation>
    </message>
    <message>
        <source>New follow-up “%1”</source>
        <translation>新建跟进“%1”</translation>
    </message>
    <message>
        <source>Mark “%1” done</source>
        <translation>将“%1”标为完成</translation>
    </message>
    <message>
        <source>Reopen “%1”</source>
        <translation>重新打开“%1”</translation>
    </message>
    <message>
        <source>Snooze “%1”</source>
        <translation>推迟“%1”</translation>
    </message>
    <message>
        <source>Edit follow-up “%1”</source>
        <translation>编辑跟进“%1”</translation>
    </message>
    <message>
        <source>Delete follow-up “%1”</source>
        <translation>删除跟进“%1”</translation>
    </message>
    <message>
        <source>New team member “%1”</source>
        <translation>新增团队成员“%1”</translation>
    </message>
    <message>
        <source>Edit team member “%1”</source>
        <translation>编辑团队成员“%1”</translation>
    </message>
    <message>
        <source>Remove team member “%1”</source>
        <translation>移除团队成员“%1”</translation>
    </message>
</context>
<context>
    <name>VCardBuilder</name>
    <message>
        <source>Line %1 is not valid quoted-printable: each “=” must be followed by two hexadecimal digits or end the line.</source>
        <translation>第 %1 行不是有效的 quoted-printable 编码：每个“=”后面必须是两位十六进制数字或位于行尾。</translation>
    </message>
    <message>
        <source>Line %1 is not valid base64.</source>
        <translation>第 %1 行不是有效的 base64 编码。</translation>
    </message>
    <message>
        <source>The card that begins on line %1 holds more than %2 MB of text: it is not a contact Guanxi can import.</source>
        <translation>从第 %1 行开始的名片包含超过 %2 MB 的文本：关系无法将其作为联系人导入。</translation>
    </message>
</context>
<context>
    <name>VCardContact</name>
    <message>
        <source>The card is a contact group, not a person: it is not imported.</source>
        <translation>这张名片是联系人分组，不是个人：不予导入。</translation>
    </message>
    <message>
        <source>The card describes a place, not a person: it is not imported.</source>
        <translation>这张名片描述的是地点，不是个人：不予导入。</translation>
    </message>
    <message>
        <source>The card has no name: neither FN nor N nor ORG gives one.</source>
        <translation>这张名片没有名称：FN、N 和 ORG 都未提供。</translation>
    </message>
</context>
<context>
    <name>VCardLineReader</name>
    <message>
        <source>Reading the file failed after line %1: %2</source>
        <translation>读取文件在第 %1 行之后失败：%2</translation>
    </message>
    <message>
        <source>The file is UTF-16 text. Guanxi reads vCards in UTF-8 (or in the CHARSET each line names): save the file again as UTF-8.</source>
        <translation>该文件是 UTF-16 文本。关系按 UTF-8（或各行 CHARSET 指定的字符集）读取 vCard：请将文件另存为 UTF-8。</translation>
    </message>
    <message>
        <source>Line %1 holds a NUL byte: the file is binary data, not the text of a vCard.</source>
        <translation>第 %1 行含有 NUL 字节：该文件是二进制数据，不是 vCard 文本。</translation>
    </message>
</context>
<context>
    <name>VCardReader</name>
    <message>
        <source>“%1” is a folder, not a vCard file.</source>
        <translation>“%1”是文件夹，不是 vCard 文件。</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <source>The file holds no vCard: it is empty.</source>
        <translation>文件中没有 vCard：它是空的。</translation>
    </message>
    <message>
        <source>This is not a vCard file: line %1 should be BEGIN:VCARD but reads “%2”.</source>
        <translation>这不是 vCard 文件：第 %1 行应为 BEGIN:VCARD，实际为“%2”。</translation>
    </message>
    <message>
        <source>Line %1 stands outside the cards (after an END:VCARD, before the next BEGIN:VCARD): “%2”.</source>
        <translation>第 %1 行位于名片之外（在 END:VCARD 之后、下一个 BEGIN:VCARD 之前）：“%2”。</translation>
    </message>
    <message>
        <source>The card that begins on line %1 has no END:VCARD: the file may have been cut off.</source>
        <translation>从第 %1 行开始的名片没有 END:VCARD：文件可能被截断了。</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 MB: it is not a vCard property Guanxi can read.</source>
        <translation>第 %1 行超过 %2 MB：不是关系能读取的 vCard 属性。</translation>
    </message>
    <message>
        <source>Line %1 is not a vCard property (NAME:value): “%2”.</source>
        <translation>第 %1 行不是 vCard 属性（名称:值）：“%2”。</translation>
    </message>
    <message>
        <source>Line %1 begins a new card, but the card that begins on line %2 has no END:VCARD.</source>
        <translation>第 %1 行开始了新名片，但从第 %2 行开始的名片没有 END:VCARD。</translation>
    </message>
    <message>
        <source>Line %1 ends “%2”, but the card that begins on line %3 is still open.</source>
        <translation>第 %1 行结束了“%2”，但从第 %3 行开始的名片尚未结束。</translation>
    </message>
    <message>
        <source>Line %1 (%2) is longer than %3 MB: too long to import.</source>
        <translation>第 %1 行（%2）超过 %3 MB：太长，无法导入。</translation>
    </message>
</context>
<context>
    <name>VCardValue</name>
    <message>
        <source>Line %1 is not valid %2 text (bytes %3): the file may be damaged or mix encodings.</source>
        <translation>第 %1 行不是有效的 %2 文本（字节 %3）：文件可能已损坏或混用了多种编码。</translation>
    </message>
    <message>
        <source>Line %1 is in the character set “%2”, which Guanxi cannot read.</source>
        <translation>第 %1 行使用字符集“%2”，关系无法读取。</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>“%1” is not a phone number Guanxi recognises. Use a mobile number (13812345678), a fixed line with its area code (010-12345678) or an international number starting with +.</source>
        <translation>无法识别电话号码“%1”。请使用手机号码（13812345678）、带区号的固定电话（010-12345678）或以 + 开头的国际号码。</translation>
    </message>
    <message>
        <source>The phone number is empty.</source>
        <translation>电话号码为空。</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address: it has no @.</source>
        <translation>“%1”不是邮箱地址：缺少 @。</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address: nothing comes before the @.</source>
        <translation>“%1”不是邮箱地址：@ 前面没有内容。</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address: the part before the @ has spaces or characters that are not allowed.</source>
        <translation>“%1”不是邮箱地址：@ 前面的部分含有空格或不允许使用的字符。</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address: “%2” is not a domain like example.com.</source>
        <translation>“%1”不是邮箱地址：“%2”不是 example.com 这样的域名。</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters; “%1” has %2.</source>
        <translation>统一社会信用代码应为 18 位；“%1”为 %2 位。</translation>
    </message>
    <message>
        <source>“%1” contains characters a unified social credit code never uses (I, O, S, V, Z or symbols).</source>
        <translation>“%1”含有统一社会信用代码不会使用的字符（I、O、S、V、Z 或符号）。</translation>
    </message>
    <message>
        <source>“%1” is not a valid unified social credit code: the check character should be %2. Please check for a typing error.</source>
        <translation>“%1”不是有效的统一社会信用代码：校验码应为 %2。请检查是否输入有误。</translation>
    </message>
    <message>
        <source>The name is too long (%1 characters; at most %2).</source>
        <translation>名称太长（%1 个字符，最多 %2 个）。</translation>
    </message>
    <message>
        <source>Every customer needs a name.</source>
        <translation>客户必须填写名称。</translation>
    </message>
    <message>
        <source>A web address cannot contain spaces.</source>
        <translation>网址不能包含空格。</translation>
    </message>
    <message>
        <source>Satisfaction is rated from 1 to 5.</source>
        <translation>满意度评分为 1 到 5。</translation>
    </message>
    <message>
        <source>Every contact needs a name.</source>
        <translation>联系人必须填写姓名。</translation>
    </message>
    <message>
        <source>A contact belongs to a customer; none was given.</source>
        <translation>联系人必须属于某个客户，但未指定客户。</translation>
    </message>
    <message>
        <source>An interaction belongs to a customer; none was given.</source>
        <translation>沟通记录必须属于某个客户，但未指定客户。</translation>
    </message>
    <message>
        <source>When did it happen? The date and time are missing.</source>
        <translation>是什么时候发生的？缺少日期和时间。</translation>
    </message>
    <message>
        <source>Write a short summary of what happened.</source>
        <translation>请简要写下沟通的内容。</translation>
    </message>
    <message>
        <source>A follow-up belongs to a customer; none was given.</source>
        <translation>跟进必须属于某个客户，但未指定客户。</translation>
    </message>
    <message>
        <source>Say what needs to be done.</source>
        <translation>请写明需要做什么。</translation>
    </message>
    <message>
        <source>A follow-up needs a due date.</source>
        <translation>跟进必须设置到期日。</translation>
    </message>
    <message>
        <source>An order belongs to a customer; none was given.</source>
        <translation>订单必须属于某个客户，但未指定客户。</translation>
    </message>
    <message>
        <source>An order needs a date.</source>
        <translation>订单必须填写日期。</translation>
    </message>
    <message>
        <source>“%1” is not a three-letter currency code such as CNY.</source>
        <translation>“%1”不是 CNY 这样的三字母货币代码。</translation>
    </message>
    <message>
        <source>A cost cannot be negative.</source>
        <translation>成本不能为负数。</translation>
    </message>
    <message>
        <source>Every team member needs a name.</source>
        <translation>团队成员必须填写姓名。</translation>
    </message>
</context>
<context>
    <name>ValueSegment</name>
    <message>
        <source>Value</source>
        <translation>价值客户</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>潜力客户</translation>
    </message>
    <message>
        <source>Migrating</source>
        <translation>迁移客户</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>冰点客户</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Qt&apos;s SQLite driver is not installed (on Debian: the package libqt6sql6-sqlite).</source>
        <translation>未安装 Qt 的 SQLite 驱动（Debian 上的软件包为 libqt6sql6-sqlite）。</translation>
    </message>
    <message>
        <source>Cannot open “%1”</source>
        <translation>无法打开“%1”</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver did not give access to its connection.</source>
        <translation>Qt 的 SQLite 驱动没有提供对其数据库连接的访问。</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a workspace file.</source>
        <translation>“%1”是文件夹，不是工作区文件。</translation>
    </message>
    <message>
        <source>There is no workspace at “%1”.</source>
        <translation>工作区“%1”不存在。</translation>
    </message>
    <message>
        <source>“%1” is an empty file, not a Guanxi workspace.</source>
        <translation>“%1”是空文件，不是关系工作区。</translation>
    </message>
    <message>
        <source>A new workspace cannot be created read-only.</source>
        <translation>不能以只读方式创建新工作区。</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>无法创建文件夹“%1”。</translation>
    </message>
    <message>
        <source>Cannot create a workspace at “%1”: %2</source>
        <translation>无法在“%1”创建工作区：%2</translation>
    </message>
    <message>
        <source>“%1” cannot be read (check its permissions).</source>
        <translation>无法读取“%1”（请检查文件权限）。</translation>
    </message>
    <message>
        <source>“%1” is not a Guanxi workspace: it is not a database file.</source>
        <translation>“%1”不是关系工作区：它不是数据库文件。</translation>
    </message>
    <message>
        <source>“%1” is a database, but not a Guanxi workspace.</source>
        <translation>“%1”是数据库，但不是关系工作区。</translation>
    </message>
    <message>
        <source>“%1” is an empty database, not a Guanxi workspace.</source>
        <translation>“%1”是空数据库，不是关系工作区。</translation>
    </message>
    <message>
        <source>“%1” needs to be upgraded to this version of Guanxi, but the file is read-only. Copy it to a folder you can write to and open the copy.</source>
        <translation>“%1”需要升级为当前版本的格式，但文件是只读的。请将它复制到可写的文件夹，然后打开副本。</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of Guanxi (workspace format %2; this version reads formats up to %3). Update Guanxi to open it.</source>
        <translation>“%1”由更高版本的本软件保存（工作区格式 %2；当前版本最高只能读取格式 %3）。请升级本软件后再打开。</translation>
    </message>
    <message>
        <source>Cannot read “%1”</source>
        <translation>无法读取“%1”</translation>
    </message>
    <message>
        <source>“%1” is locked by another program. Close the other program (or wait until it finishes) and try again.</source>
        <translation>“%1”已被另一个程序锁定。请关闭该程序（或等待它完成），然后重试。</translation>
    </message>
    <message>
        <source>“%1” is damaged and was not opened. Restore it from a backup. First problem found: %2</source>
        <translation>“%1”已损坏，未打开。请从备份恢复。发现的第一个问题：%2</translation>
    </message>
    <message>
        <source>The workspace was not upgraded because the backup copy could not be made: %1</source>
        <translation>无法创建备份副本，因此未升级工作区：%1</translation>
    </message>
    <message>
        <source>The workspace has lost its device identity (meta.replica_id).</source>
        <translation>工作区丢失了设备标识（meta.replica_id）。</translation>
    </message>
    <message>
        <source>“%1” is damaged: the table “%2” is missing. Restore it from a backup.</source>
        <translation>“%1”已损坏：缺少数据表“%2”。请从备份恢复。</translation>
    </message>
    <message>
        <source>“%1” is open read-only: changes cannot be saved.</source>
        <translation>“%1”以只读方式打开：无法保存更改。</translation>
    </message>
    <message>
        <source>Row %1 of table “%2” refers to a missing row in “%3”.</source>
        <translation>数据表“%2”的第 %1 行引用了“%3”中不存在的行。</translation>
    </message>
    <message>
        <source>The search index does not match the customers: %1</source>
        <translation>搜索索引与客户数据不一致：%1</translation>
    </message>
    <message>
        <source>A backup cannot overwrite the workspace itself.</source>
        <translation>备份不能覆盖工作区本身。</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name for the backup.</source>
        <translation>“%1”已存在。请为备份另选一个名称。</translation>
    </message>
    <message>
        <source>Cannot create the folder for “%1”.</source>
        <translation>无法为“%1”创建文件夹。</translation>
    </message>
    <message>
        <source>The backup was cancelled.</source>
        <translation>备份已取消。</translation>
    </message>
    <message>
        <source>The backup to “%1” failed</source>
        <translation>备份到“%1”失败</translation>
    </message>
    <message>
        <source>The backup could not be saved as “%1”.</source>
        <translation>无法将备份保存为“%1”。</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>The file “%1” is a ZIP archive, not a CSV file or an Excel workbook.</source>
        <translation>文件“%1”是 ZIP 压缩包，不是 CSV 文件，也不是 Excel 工作簿。</translation>
    </message>
</context>
<context>
    <name>XlsxSharedStrings</name>
    <message>
        <source>The workbook “%1” holds more than %2 million characters of text, more than Guanxi reads from one workbook. Save it as CSV UTF-8 and import that file.</source>
        <translation>工作簿“%1”中的文字超过 %2 百万个字符，超出关系从一个工作簿读取的上限。请另存为“CSV UTF-8”后导入该文件。</translation>
    </message>
</context>
<context>
    <name>XlsxSheetReader</name>
    <message>
        <source>Row %1 of the workbook “%2” has a cell beyond column XFD, the last one a sheet has: the workbook is damaged.</source>
        <translation>工作簿“%2”第 %1 行有一个单元格超出了工作表的最后一列 XFD：工作簿已损坏。</translation>
    </message>
    <message>
        <source>Cell %1 of the workbook “%2” refers to text that the workbook does not hold: the workbook is damaged.</source>
        <translation>工作簿“%2”的单元格 %1 引用了工作簿中不存在的文字：工作簿已损坏。</translation>
    </message>
</context>
<context>
    <name>XlsxTableWriter</name>
    <message>
        <source>The Excel file could not be written.</source>
        <translation>无法写入 Excel 文件。</translation>
    </message>
</context>
<context>
    <name>XlsxWorkbook</name>
    <message>
        <source>The workbook “%1” has no worksheet.</source>
        <translation>工作簿“%1”中没有工作表。</translation>
    </message>
    <message>
        <source>The workbook “%1” has no sheet named “%2”. Its sheets: %3.</source>
        <translation>工作簿“%1”中没有名为“%2”的工作表。现有工作表：%3。</translation>
    </message>
</context>
<context>
    <name>XmlPartReader</name>
    <message>
        <source>The part “%1” of the file “%2” ends in the middle of its XML (line %3): the workbook is damaged.</source>
        <translation>文件“%2”中的部件“%1”在 XML 中途结束（第 %3 行）：工作簿已损坏。</translation>
    </message>
    <message>
        <source>The part “%1” of the file “%2” is not valid XML at line %3: the workbook is damaged.</source>
        <translation>文件“%2”中的部件“%1”第 %3 行不是有效的 XML：工作簿已损坏。</translation>
    </message>
    <message>
        <source>The part “%1” of the file “%2” holds an element larger than %3 MB near line %4: Guanxi does not read it.</source>
        <translation>文件“%2”中的部件“%1”在第 %4 行附近有一个超过 %3 MB 的元素：关系不读取它。</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>文件“%1”不存在。</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a file.</source>
        <translation>“%1”是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <source>The file “%1” is damaged: it starts like a ZIP archive (as an Excel workbook is), but its list of contents cannot be read. Was it cut short while being copied or downloaded?</source>
        <translation>文件“%1”已损坏：它的开头像 ZIP 压缩包（Excel 工作簿就是这种格式），但无法读取其内容列表。是否在复制或下载时被截断了？</translation>
    </message>
    <message>
        <source>The part “%1” of the file “%2” cannot be read: the file is damaged, or it changed while it was being read.</source>
        <translation>无法读取文件“%2”中的部件“%1”：文件已损坏，或在读取时被改动。</translation>
    </message>
    <message>
        <source>The file “%1” has no part “%2”.</source>
        <translation>文件“%1”中没有部件“%2”。</translation>
    </message>
    <message>
        <source>The file “%1” is encrypted: save it again without a password and import that file.</source>
        <translation>文件“%1”已加密：请另存为无密码的文件后再导入。</translation>
    </message>
</context>
<context>
    <name>guanxi::BackupController</name>
    <message>
        <source>%1 backup %2</source>
        <translation>%1 备份 %2</translation>
    </message>
    <message>
        <source>Back up workspace</source>
        <translation>备份工作区</translation>
    </message>
    <message>
        <source>Guanxi workspaces (*.guanxi)</source>
        <translation>关系工作区 (*.guanxi)</translation>
    </message>
    <message>
        <source>Backing up “%1”…</source>
        <translation>正在备份“%1”…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>The backup was written to “%1” but could not replace “%2”.</source>
        <translation>备份已写入“%1”，但无法替换“%2”。</translation>
    </message>
    <message>
        <source>The workspace was backed up to “%1”.</source>
        <translation>工作区已备份到“%1”。</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
</context>
<context>
    <name>guanxi::ContactDialog</name>
    <message>
        <source>Not known</source>
        <translation>不清楚</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>新建联系人</translation>
    </message>
    <message>
        <source>Edit contact “%1”</source>
        <translation>编辑联系人“%1”</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>职务(&amp;J)：</translation>
    </message>
    <message>
        <source>&amp;Role in the decision:</source>
        <translation>决策角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>邮箱(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;WeChat:</source>
        <translation>微信(&amp;W)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Primary contact</source>
        <translation>主要联系人(&amp;P)</translation>
    </message>
    <message>
        <source>e.g. Purchasing manager</source>
        <translation>例如：采购经理</translation>
    </message>
    <message>
        <source>e.g. 138 1234 5678</source>
        <translation>例如：138 1234 5678</translation>
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
        <translation>%1 — 主要联系人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Role in the decision</source>
        <translation>决策角色</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
</context>
<context>
    <name>guanxi::ContactsPanel</name>
    <message>
        <source>Delete contact</source>
        <translation>删除联系人</translation>
    </message>
    <message>
        <source>Delete the contact “%1”?
You can undo this with Edit ▸ Undo.</source>
        <translation>删除联系人“%1”？
可以通过“编辑 ▸ 撤销”恢复。</translation>
    </message>
    <message>
        <source>Contact not deleted</source>
        <translation>联系人未删除</translation>
    </message>
    <message>
        <source>Add contact…</source>
        <translation>添加联系人…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Add a person at this customer</source>
        <translation>为该客户添加一位联系人</translation>
    </message>
</context>
<context>
    <name>guanxi::CustomerDetailPane</name>
    <message>
        <source>%1 (set by hand)</source>
        <translation>%1（手动设定）</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>无负责人</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>负责人：%1</translation>
    </message>
    <message>
        <source>do not contact</source>
        <translation>请勿联系</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>资料</translation>
    </message>
    <message>
        <source>Contacts (%1)</source>
        <translation>联系人 (%1)</translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation>沟通记录 (%1)</translation>
    </message>
    <message>
        <source>Follow-ups (%1)</source>
        <translation>跟进 (%1)</translation>
    </message>
    <message>
        <source>Select a customer to see the profile, contacts, timeline and follow-ups.</source>
        <translation>选择一个客户，查看其资料、联系人、沟通记录和跟进。</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Edit this customer</source>
        <translation>编辑该客户</translation>
    </message>
    <message numerus="yes">
        <source>%n open follow-up(s)</source>
        <translation>
            <numerusform>%n 项待办跟进</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guanxi::CustomerDialog</name>
    <message>
        <source>Not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 分（满分 5 分）</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Edit customer “%1”</source>
        <translation>编辑客户“%1”</translation>
    </message>
    <message>
        <source>General</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>客户关系</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>行业(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <source>Credit &amp;code:</source>
        <translation>信用代码(&amp;C)：</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>标签(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>邮箱(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>网站(&amp;W)：</translation>
    </message>
    <message>
        <source>Cit&amp;y:</source>
        <translation>城市(&amp;Y)：</translation>
    </message>
    <message>
        <source>Pro&amp;vince / region:</source>
        <translation>省份/地区(&amp;V)：</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>地址(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation>关系类型(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Lifecycle:</source>
        <translation>生命周期(&amp;L)：</translation>
    </message>
    <message>
        <source>Value se&amp;gment:</source>
        <translation>价值区间(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <source>Sa&amp;tisfaction:</source>
        <translation>满意度(&amp;T)：</translation>
    </message>
    <message>
        <source>Set by hand</source>
        <translation>手动设定</translation>
    </message>
    <message>
        <source>Keep this level when lifecycle levels are recalculated from orders</source>
        <translation>根据订单重新计算生命周期阶段时，保留此阶段</translation>
    </message>
    <message>
        <source>Do not contact (no mailings or campaigns)</source>
        <translation>请勿联系（不发送邮件，不纳入营销活动）</translation>
    </message>
    <message>
        <source>Unified social credit code, 18 characters</source>
        <translation>统一社会信用代码，18 位</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>用逗号分隔</translation>
    </message>
    <message>
        <source>e.g. 138 1234 5678 or 010-12345678</source>
        <translation>例如：138 1234 5678 或 010-12345678</translation>
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
        <translation>公司或个人名称</translation>
    </message>
</context>
<context>
    <name>guanxi::CustomerFollowUpsPanel</name>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Add follow-up…</source>
        <translation>添加跟进…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>guanxi::CustomerListView</name>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Matching customers: %1</source>
        <translation>符合条件的客户：%1</translation>
    </message>
    <message>
        <source>Customers: %1</source>
        <translation>客户：%1</translation>
    </message>
    <message>
        <source>No customer matches the search and filters.</source>
        <translation>没有符合搜索和筛选条件的客户。</translation>
    </message>
    <message>
        <source>No customers yet.
Create the first one with Edit ▸ New Customer.</source>
        <translation>还没有客户。
可以通过“编辑 ▸ 新建客户”创建第一个客户。</translation>
    </message>
    <message>
        <source>Search names, pinyin, contacts, phone, e-mail, city…</source>
        <translation>搜索名称、拼音、联系人、电话、邮箱、城市…</translation>
    </message>
    <message>
        <source>Type Chinese, pinyin (bjcc, changcheng), a phone number or an e-mail address</source>
        <translation>可输入中文、拼音（bjcc、changcheng）、电话号码或邮箱地址</translation>
    </message>
    <message>
        <source>All relationships</source>
        <translation>全部关系类型</translation>
    </message>
    <message>
        <source>All lifecycle levels</source>
        <translation>全部生命周期</translation>
    </message>
    <message>
        <source>Relationship tier</source>
        <translation>关系类型</translation>
    </message>
    <message>
        <source>Lifecycle level</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
</context>
<context>
    <name>guanxi::CustomerProfileWidget</name>
    <message>
        <source>%1 (set by hand)</source>
        <translation>%1（手动设定）</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>Yes — no mailings or campaigns</source>
        <translation>是 — 不发送邮件，不纳入营销活动</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 (created %2)</source>
        <translation>%1（创建于 %2）</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Relationship:</source>
        <translation>关系类型：</translation>
    </message>
    <message>
        <source>Lifecycle:</source>
        <translation>生命周期：</translation>
    </message>
    <message>
        <source>Value segment:</source>
        <translation>价值区间：</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Satisfaction:</source>
        <translation>满意度：</translation>
    </message>
    <message>
        <source>Do not contact:</source>
        <translation>请勿联系：</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>邮箱：</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>网站：</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>城市：</translation>
    </message>
    <message>
        <source>Province / region:</source>
        <translation>省份/地区：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Industry:</source>
        <translation>行业：</translation>
    </message>
    <message>
        <source>Credit code:</source>
        <translation>信用代码：</translation>
    </message>
    <message>
        <source>Last change:</source>
        <translation>最后修改：</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>guanxi::CustomerQueryWorker</name>
    <message>
        <source>The customer list is not connected to a workspace.</source>
        <translation>客户列表未连接到工作区。</translation>
    </message>
</context>
<context>
    <name>guanxi::CustomerTableModel</name>
    <message>
        <source>%1 — set by hand; recalculation leaves it alone</source>
        <translation>%1 — 手动设定，重新计算时保持不变</translation>
    </message>
    <message>
        <source>%1 — do not contact</source>
        <translation>%1 — 请勿联系</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>此列不能排序</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>关系类型</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
</context>
<context>
    <name>guanxi::CustomersPage</name>
    <message>
        <source>Edit customer</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation>删除客户</translation>
    </message>
    <message>
        <source>Delete “%1” with its contacts, timeline and follow-ups?
You can undo this with Edit ▸ Undo.</source>
        <translation>删除“%1”及其联系人、沟通记录和跟进？
可以通过“编辑 ▸ 撤销”恢复。</translation>
    </message>
    <message>
        <source>Customer not deleted</source>
        <translation>客户未删除</translation>
    </message>
</context>
<context>
    <name>guanxi::ExchangeController</name>
    <message numerus="yes">
        <source>Exported %Ln customer(s) to “%1”.</source>
        <translation>
            <numerusform>已将 %Ln 个客户导出到“%1”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln contact(s) to “%1”.</source>
        <translation>
            <numerusform>已将 %Ln 个联系人导出到“%1”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln order(s) to “%1”.</source>
        <translation>
            <numerusform>已将 %Ln 个订单导出到“%1”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln interaction(s) to “%1”.</source>
        <translation>
            <numerusform>已将 %Ln 条沟通记录导出到“%1”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln follow-up(s) to “%1”.</source>
        <translation>
            <numerusform>已将 %Ln 项跟进导出到“%1”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting to “%1”…</source>
        <translation>正在导出到“%1”…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>%1 cells were longer than Excel’s 32,767 characters and were cut; the CSV export keeps them whole.</source>
        <translation>%1 个单元格超过 Excel 的 32,767 个字符上限，已截断；导出为 CSV 可完整保留。</translation>
    </message>
</context>
<context>
    <name>guanxi::ExportDialog</name>
    <message>
        <source>Opens with a double-click in Excel on Chinese Windows, and in WPS.</source>
        <translation>在中文 Windows 的 Excel 和 WPS 中双击即可打开。</translation>
    </message>
    <message>
        <source>Opens in Excel 2016 or later on any system, and in Numbers and LibreOffice.</source>
        <translation>可在任何系统的 Excel 2016 及以上版本、Numbers 和 LibreOffice 中打开。</translation>
    </message>
    <message>
        <source>For scripts, databases and other programs (Excel would show the Chinese garbled).</source>
        <translation>用于脚本、数据库和其他程序（Excel 打开会显示乱码）。</translation>
    </message>
    <message>
        <source>A workbook with real number and date cells.</source>
        <translation>真正的数字和日期单元格的工作簿。</translation>
    </message>
    <message>
        <source>One card per contact with the company’s name, for phones and mail programs.</source>
        <translation>每位联系人一张名片，带公司名称，适用于手机和邮件程序。</translation>
    </message>
    <message>
        <source>To-dos with their due dates, for calendar programs.</source>
        <translation>带到期日的待办事项，适用于日历程序。</translation>
    </message>
    <message>
        <source>Excel (Chinese Windows) — CSV in GB18030</source>
        <translation>Excel（中文 Windows）— GB18030 编码的 CSV</translation>
    </message>
    <message>
        <source>Excel (other) — CSV in UTF-8 with BOM</source>
        <translation>Excel（其他系统）— 带 BOM 的 UTF-8 CSV</translation>
    </message>
    <message>
        <source>CSV UTF-8 (no BOM)</source>
        <translation>CSV UTF-8（无 BOM）</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>vCard (.vcf)</source>
        <translation>vCard（.vcf）</translation>
    </message>
    <message>
        <source>iCalendar (.ics)</source>
        <translation>iCalendar（.ics）</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>表头(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Add the ID column, so that importing the file again updates these records</source>
        <translation>添加编号列，再次导入该文件时会更新这些记录而不是新建</translation>
    </message>
    <message>
        <source>As all-day events, for calendars that ignore to-dos (Google Calendar, Outlook)</source>
        <translation>导出为全天事件，适用于不支持待办事项的日历（Google 日历、Outlook）</translation>
    </message>
    <message>
        <source>Chinese (中文)</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文（English）</translation>
    </message>
    <message>
        <source>Codes, for scripts</source>
        <translation>代码（用于脚本）</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>内容(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>保存到(&amp;S)：</translation>
    </message>
    <message>
        <source>Columns as the list shows them: %1</source>
        <translation>按列表显示的列：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>文件夹“%1”不存在。</translation>
    </message>
    <message>
        <source>“%1” is a folder; give a file name.</source>
        <translation>“%1”是文件夹，请输入文件名。</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it?</source>
        <translation>“%1”已存在。要替换吗？</translation>
    </message>
</context>
<context>
    <name>guanxi::FollowUpAgendaModel</name>
    <message>
        <source>Overdue (%1)</source>
        <translation>已逾期 (%1)</translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>今天 (%1)</translation>
    </message>
    <message>
        <source>Next %1 days (%2)</source>
        <translation>未来 %1 天 (%2)</translation>
    </message>
    <message>
        <source>%1 (snoozed)</source>
        <translation>%1（已推迟）</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进事项</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>guanxi::FollowUpDialog</name>
    <message>
        <source>New follow-up</source>
        <translation>新建跟进</translation>
    </message>
    <message>
        <source>Edit follow-up</source>
        <translation>编辑跟进</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>事项(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>到期日(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>e.g. Send the quotation</source>
        <translation>例如：发送报价单</translation>
    </message>
</context>
<context>
    <name>guanxi::FollowUpTableModel</name>
    <message>
        <source>Follow-up</source>
        <translation>跟进事项</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>guanxi::FollowUpsPage</name>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Mark the follow-up done (Ctrl+D)</source>
        <translation>将跟进标为完成 (Ctrl+D)</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>打开客户</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>guanxi::ImportCheckPage</name>
    <message>
        <source>The file has no rows to import.</source>
        <translation>文件中没有可导入的行。</translation>
    </message>
    <message numerus="yes">
        <source>Strict mode: nothing would be imported, because %n row(s) are not valid. Fix them, or turn strict mode off to import the valid rows.</source>
        <translation>
            <numerusform>严格模式：有 %n 行无效，因此不会导入任何内容。请修正这些行，或关闭严格模式以导入有效的行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is saved yet. Importing now: %2 new, %3 updated, %4 skipped as duplicates, %5 rejected, of %1 rows read.</source>
        <translation>尚未保存任何内容。现在导入：新增 %2，更新 %3，跳过重复 %4，拒绝 %5，共读取 %1 行。</translation>
    </message>
    <message>
        <source>Duplicates and a dry run</source>
        <translation>重复记录与试运行</translation>
    </message>
    <message>
        <source>Rows are matched to existing records by ID, credit code, phone, e-mail, then name — in the workspace and earlier in the file. Below is what importing would do; nothing is saved yet.</source>
        <translation>按编号、信用代码、电话、邮箱、名称依次与工作区中及文件前面的记录比对。下面是导入将会产生的结果；尚未保存任何内容。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>When a row matches an existing record</source>
        <translation>当一行与已有记录重复时</translation>
    </message>
    <message>
        <source>&amp;Skip the row</source>
        <translation>跳过该行(&amp;S)</translation>
    </message>
    <message>
        <source>The existing record stays as it is. The safe choice.</source>
        <translation>已有记录保持不变。最稳妥的选择。</translation>
    </message>
    <message>
        <source>&amp;Update the record</source>
        <translation>更新该记录(&amp;U)</translation>
    </message>
    <message>
        <source>The row’s non-empty cells are written over the record’s fields; undoing the import restores them.</source>
        <translation>用该行的非空单元格覆盖记录的字段；撤销导入可恢复原值。</translation>
    </message>
    <message>
        <source>C&amp;reate a new record</source>
        <translation>新建记录(&amp;R)</translation>
    </message>
    <message>
        <source>Both stay, so the same customer may then appear twice.</source>
        <translation>两条都保留，同一客户可能会出现两次。</translation>
    </message>
    <message>
        <source>S&amp;trict: import nothing if any row is not valid</source>
        <translation>严格模式(&amp;T)：只要有一行无效就不导入任何内容</translation>
    </message>
    <message>
        <source>Checking the file (a dry run: nothing is saved)…</source>
        <translation>正在检查文件（试运行，不保存任何内容）…</translation>
    </message>
    <message>
        <source>Checking the file (a dry run: nothing is saved)… %1 rows</source>
        <translation>正在检查文件（试运行，不保存任何内容）… %1 行</translation>
    </message>
    <message>
        <source>The file has no cards to import.</source>
        <translation>文件中没有可导入的名片。</translation>
    </message>
    <message numerus="yes">
        <source>Strict mode: nothing would be imported, because %n card(s) are not valid. Fix them, or turn strict mode off to import the valid cards.</source>
        <translation><numerusform>严格模式：由于有 %n 张名片无效，将不会导入任何内容。请修正它们，或关闭严格模式以导入有效的名片。</numerusform></translation>
    </message>
    <message>
        <source>Nothing is saved yet. Importing now: %2 new, %3 updated, %4 skipped as duplicates, %5 rejected, of %1 cards read.</source>
        <translation>尚未保存任何内容。现在导入：读取 %1 张名片，新增 %2，更新 %3，作为重复跳过 %4，拒绝 %5。</translation>
    </message>
    <message>
        <source>Cards are matched to existing contacts by ID, phone, e-mail, then name — in the workspace and earlier in the file. Below is what importing would do; nothing is saved yet.</source>
        <translation>名片依次按 ID、电话、邮箱、姓名与已有联系人（工作区中的和文件中前面的）匹配。下面是导入将会做的事；尚未保存任何内容。</translation>
    </message>
    <message>
        <source>Checking the file (a dry run: nothing is saved)… %1 cards</source>
        <translation>正在检查文件（试运行：不保存任何内容）… %1 张名片</translation>
    </message>
</context>
<context>
    <name>guanxi::ImportFilePage</name>
    <message>
        <source>Companies and people you sell to: name, phone, e-mail, city, tier …</source>
        <translation>您的客户（公司或个人）：名称、电话、邮箱、城市、关系类型…</translation>
    </message>
    <message>
        <source>People at your customers; each row names its customer.</source>
        <translation>客户处的联系人；每行注明所属客户。</translation>
    </message>
    <message>
        <source>Order number, customer, date and amount in yuan; cost and product optional.</source>
        <translation>订单号、客户、日期和金额（元）；成本和产品可选。</translation>
    </message>
    <message>
        <source>Calls, visits and messages: customer, time, channel, summary.</source>
        <translation>电话、拜访和消息：客户、时间、方式、摘要。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>Choose a file, or drop one here</source>
        <translation>选择文件，或拖放到这里</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>It holds:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <source>Import from</source>
        <translation>从文件导入</translation>
    </message>
    <message>
        <source>You can also drag a file from the file manager onto this page.</source>
        <translation>也可以从文件管理器把文件拖到此页。</translation>
    </message>
    <message>
        <source>There is no such file.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <source>This is a folder; choose a file in it.</source>
        <translation>这是一个文件夹，请选择其中的文件。</translation>
    </message>
    <message>
        <source>This file cannot be read (permissions?).</source>
        <translation>无法读取此文件（权限问题？）。</translation>
    </message>
    <message>
        <source>A vCard file: its cards become contacts, and the organizations they name customers.</source>
        <translation>vCard 文件：名片成为联系人，名片上的单位成为客户。</translation>
    </message>
    <message>
        <source>A CSV file or an Excel workbook as Excel, WPS or another program saves it, or a vCard file of contacts. Nothing is saved before the last step, and an import can be undone as a whole.</source>
        <translation>Excel、WPS 或其他程序保存的 CSV 文件或 Excel 工作簿，或联系人的 vCard 文件。最后一步之前不会保存任何内容，导入也可以整体撤销。</translation>
    </message>
    <message>
        <source>Files Guanxi imports (*.csv *.txt *.tsv *.xlsx *.vcf *.vcard);;CSV and text files (*.csv *.txt *.tsv);;Excel workbooks (*.xlsx);;vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation>关系可导入的文件 (*.csv *.txt *.tsv *.xlsx *.vcf *.vcard);;CSV 和文本文件 (*.csv *.txt *.tsv);;Excel 工作簿 (*.xlsx);;vCard 文件 (*.vcf *.vcard);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>guanxi::ImportMappingPage</name>
    <message>
        <source>%1 (required)</source>
        <translation>%1（必填）</translation>
    </message>
    <message>
        <source>%1 (required, or %2)</source>
        <translation>%1（必填，或%2）</translation>
    </message>
    <message>
        <source>&amp;Save as Preset…</source>
        <translation>另存为预设(&amp;S)…</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>对应列</translation>
    </message>
    <message>
        <source>Choose which field each column of the file goes into. Guanxi has guessed from the column names; columns set to “Do not import” are left out.</source>
        <translation>为文件的每一列选择要导入的字段。已根据列名自动猜测；设为“不导入”的列将被忽略。</translation>
    </message>
    <message>
        <source>Saved &amp;mapping:</source>
        <translation>已保存的映射(&amp;M)：</translation>
    </message>
    <message>
        <source>%1 columns in the file. A field can take one column; choosing it for another column moves it there.</source>
        <translation>文件共 %1 列。每个字段只能对应一列；为另一列选择该字段时会移到那一列。</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>For example</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Import into</source>
        <translation>导入到</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无名称）</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>列“%1”的字段</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>不导入</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Choose a column for: %1.</source>
        <translation>请为以下字段选择列：%1。</translation>
    </message>
    <message>
        <source>The saved mapping “%1” does not fit this file: %2</source>
        <translation>已保存的映射“%1”与此文件不符：%2</translation>
    </message>
    <message>
        <source>Save Column Mapping</source>
        <translation>保存列映射</translation>
    </message>
    <message>
        <source>Name for this column mapping, to use it for files laid out the same way:</source>
        <translation>列映射名称（用于相同格式的文件）：</translation>
    </message>
    <message>
        <source>The mapping could not be saved: %1</source>
        <translation>无法保存映射：%1</translation>
    </message>
    <message>
        <source>Saved the column mapping “%1”.</source>
        <translation>已保存列映射“%1”。</translation>
    </message>
</context>
<context>
    <name>guanxi::ImportPreviewPage</name>
    <message>
        <source>%1 (a guess)</source>
        <translation>%1（推测）</translation>
    </message>
    <message>
        <source>Check how the file reads</source>
        <translation>检查文件读取效果</translation>
    </message>
    <message>
        <source>The first rows as Guanxi reads them. If the text looks garbled or the columns run together, choose another encoding or delimiter.</source>
        <translation>以下是读取到的前几行。如果文字乱码或各列连在一起，请选择其他编码或分隔符。</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>分隔符(&amp;D)：</translation>
    </message>
    <message>
        <source>Detected: nothing readable</source>
        <translation>检测结果：无法读取</translation>
    </message>
    <message>
        <source>Detected: %1, %2</source>
        <translation>检测结果：%1，%2</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row and no data.</source>
        <translation>文件为空：没有表头行，也没有数据。</translation>
    </message>
    <message>
        <source>Every row reads as one column, but separated by “%1” the file has %2 columns.</source>
        <translation>每行都被读成一列，但若以“%1”分隔，文件有 %2 列。</translation>
    </message>
    <message>
        <source>The file has a header row but no data.</source>
        <translation>文件只有表头行，没有数据。</translation>
    </message>
    <message numerus="yes">
        <source>All %n row(s) of the file. The first row names the columns.</source>
        <translation>
            <numerusform>文件全部 %n 行。第一行为列名。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s). The first row names the columns.</source>
        <translation>
            <numerusform>前 %n 行。第一行为列名。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n card(s) of the file.</source>
        <translation><numerusform>文件中全部 %n 张名片。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The first %n card(s) of the file.</source>
        <translation><numerusform>文件中的前 %n 张名片。</numerusform></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>The first cards as Guanxi reads them. A vCard names its own fields, so there is nothing to choose here: next comes the dry run.</source>
        <translation>关系读到的前几张名片。vCard 自带字段名，这里无需选择：下一步是试运行。</translation>
    </message>
    <message>
        <source>A vCard address book: each card becomes a contact of the customer its organization names, created when there is none. A card without an organization becomes a customer of its own, a person.</source>
        <translation>vCard 通讯录：每张名片成为其单位所指客户的联系人，没有该客户时自动新建。没有单位的名片本身成为一个客户（个人）。</translation>
    </message>
    <message>
        <source>The first rows as Guanxi reads them. The first row names the columns; next you match them to fields.</source>
        <translation>关系读到的前几行。第一行为列名；下一步将它们与字段对应。</translation>
    </message>
    <message>
        <source>An Excel workbook: its first sheet is read, with dates and numbers as Excel shows them; rows are numbered as in Excel.</source>
        <translation>Excel 工作簿：读取第一个工作表，日期和数字按 Excel 显示的样子读取；行号与 Excel 一致。</translation>
    </message>
</context>
<context>
    <name>guanxi::ImportProgressPage</name>
    <message>
        <source>Importing customers from “%1”…</source>
        <translation>正在从“%1”导入客户…</translation>
    </message>
    <message>
        <source>Importing contacts from “%1”…</source>
        <translation>正在从“%1”导入联系人…</translation>
    </message>
    <message>
        <source>Importing orders from “%1”…</source>
        <translation>正在从“%1”导入订单…</translation>
    </message>
    <message>
        <source>Importing interactions from “%1”…</source>
        <translation>正在从“%1”导入沟通记录…</translation>
    </message>
    <message>
        <source>&amp;Stop Import</source>
        <translation>停止导入(&amp;S)</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>The import is saved all at once at the end. Stopping it, or any error, leaves the workspace as it was.</source>
        <translation>导入在最后一次性保存。停止导入或出现任何错误，工作区都保持原样。</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source>Stopping: undoing what was written so far…</source>
        <translation>正在停止：撤回已写入的内容…</translation>
    </message>
    <message>
        <source>%1 rows read</source>
        <translation>已读取 %1 行</translation>
    </message>
    <message>
        <source>Building the indexes…</source>
        <translation>正在建立索引…</translation>
    </message>
    <message>
        <source>Building the search index…</source>
        <translation>正在建立搜索索引…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Tidying up the workspace file…</source>
        <translation>正在整理工作区文件…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported. The workspace is as it was before.</source>
        <translation>已取消：未导入任何内容。工作区保持原样。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) are not valid and strict mode accepts only a file without errors.</source>
        <translation>
            <numerusform>未导入任何内容：有 %n 行无效，严格模式只接受没有错误的文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cards read</source>
        <translation>已读取 %1 张名片</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n card(s) are not valid and strict mode accepts only a file without errors.</source>
        <translation><numerusform>未导入任何内容：有 %n 张名片无效，严格模式只接受没有错误的文件。</numerusform></translation>
    </message>
</context>
<context>
    <name>guanxi::ImportReportView</name>
    <message>
        <source>Skipped: the record stays as it is</source>
        <translation>跳过：记录保持不变</translation>
    </message>
    <message>
        <source>Updates the record</source>
        <translation>更新该记录</translation>
    </message>
    <message>
        <source>Nothing to change</source>
        <translation>无需更改</translation>
    </message>
    <message>
        <source>Created as another record</source>
        <translation>另建一条记录</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>读取行数</translation>
    </message>
    <message>
        <source>New records</source>
        <translation>新增记录</translation>
    </message>
    <message>
        <source>Updated records</source>
        <translation>更新记录</translation>
    </message>
    <message>
        <source>Duplicates skipped</source>
        <translation>跳过的重复</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>拒绝的行</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>匹配依据</translation>
    </message>
    <message>
        <source>Existing record</source>
        <translation>已有记录</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Why it was rejected</source>
        <translation>拒绝原因</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>信用代码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Same details</source>
        <translation>内容相同</translation>
    </message>
    <message>
        <source>“%1”, line %2 of this file</source>
        <translation>“%1”，本文件第 %2 行</translation>
    </message>
    <message>
        <source>The lists show the first %1 rows of each kind; the counts include all.</source>
        <translation>列表各显示前 %1 行；计数包括全部。</translation>
    </message>
    <message>
        <source>Duplicates (%1)</source>
        <translation>重复 (%1)</translation>
    </message>
    <message>
        <source>Rejected rows (%1)</source>
        <translation>拒绝的行 (%1)</translation>
    </message>
    <message>
        <source>Cards read</source>
        <translation>已读名片</translation>
    </message>
    <message>
        <source>Rejected cards</source>
        <translation>被拒绝的名片</translation>
    </message>
    <message>
        <source>Why the card was rejected</source>
        <translation>名片被拒绝的原因</translation>
    </message>
    <message>
        <source>Rejected cards (%1)</source>
        <translation>被拒绝的名片（%1）</translation>
    </message>
</context>
<context>
    <name>guanxi::ImportResultPage</name>
    <message>
        <source>Imported customers from “%1”.</source>
        <translation>已从“%1”导入客户。</translation>
    </message>
    <message>
        <source>Imported contacts from “%1”.</source>
        <translation>已从“%1”导入联系人。</translation>
    </message>
    <message>
        <source>Imported orders from “%1”.</source>
        <translation>已从“%1”导入订单。</translation>
    </message>
    <message>
        <source>Imported interactions from “%1”.</source>
        <translation>已从“%1”导入沟通记录。</translation>
    </message>
    <message>
        <source>Save Rejected Rows as &amp;CSV…</source>
        <translation>将拒绝的行另存为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>The records are in the workspace, and the lists show them.</source>
        <translation>记录已写入工作区，列表中已显示。</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 skipped as duplicates, %4 rejected, of %5 rows read.</source>
        <translation>新增 %1，更新 %2，跳过重复 %3，拒绝 %4，共读取 %5 行。</translation>
    </message>
    <message>
        <source>Batch: %1</source>
        <translation>批次：%1</translation>
    </message>
    <message>
        <source>To take the whole import back, choose File ▸ Imports… and Undo, or run “%1”. Undo is refused once its records have been changed.</source>
        <translation>要整体撤销本次导入，请选择“文件 ▸ 导入记录…”并撤销，或运行“%1”。导入的记录被修改后将无法撤销。</translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation>保存拒绝的行</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The rejected rows cannot be written over the file that was imported.</source>
        <translation>拒绝的行不能覆盖导入的文件。</translation>
    </message>
    <message>
        <source>The rejected rows could not be saved to “%1”.</source>
        <translation>无法将拒绝的行保存到“%1”。</translation>
    </message>
    <message>
        <source>The rejected rows are in “%1”, with the reason in the last column: fix them there and import that file again.</source>
        <translation>拒绝的行已保存到“%1”，原因在最后一列：修正后可再次导入该文件。</translation>
    </message>
    <message>
        <source>Save Rejected Cards as &amp;CSV…</source>
        <translation>将被拒绝的名片另存为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 skipped as duplicates, %4 rejected, of %5 cards read.</source>
        <translation>读取 %5 张名片：新增 %1，更新 %2，作为重复跳过 %3，拒绝 %4。</translation>
    </message>
    <message>
        <source>Save Rejected Cards</source>
        <translation>保存被拒绝的名片</translation>
    </message>
    <message>
        <source>The rejected cards are in “%1”, a CSV file with the reason in the last column.</source>
        <translation>被拒绝的名片已写入“%1”，这是一个 CSV 文件，最后一列为原因。</translation>
    </message>
</context>
<context>
    <name>guanxi::ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>guanxi::ImportsDialog</name>
    <message>
        <source>&amp;Undo Import…</source>
        <translation>撤销导入(&amp;U)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>撤销于</translation>
    </message>
    <message>
        <source>Undo removes what an import created and gives updated records their earlier values. It is refused once those records have been changed.</source>
        <translation>撤销会删除导入新建的记录，并恢复被更新记录的原值。这些记录被修改后将无法撤销。</translation>
    </message>
    <message>
        <source>Undo the import of “%1” from %2? It removes %3 new records and restores %4 updated ones.</source>
        <translation>撤销 %2 对“%1”的导入？将删除 %3 条新记录并恢复 %4 条更新的记录。</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <source>Undoing the import of “%1”…</source>
        <translation>正在撤销“%1”的导入…</translation>
    </message>
    <message>
        <source>Undone: %1 records removed, %2 restored to their values before the import.</source>
        <translation>已撤销：删除 %1 条记录，%2 条恢复为导入前的值。</translation>
    </message>
    <message>
        <source>%1 team members it added stay, as other records name them.</source>
        <translation>导入新增的 %1 名团队成员被其他记录引用，予以保留。</translation>
    </message>
</context>
<context>
    <name>guanxi::IntegrityCheckJob</name>
    <message>
        <source>“%1” may be damaged. Make a backup now and restore it from an earlier backup if data is missing.

%2</source>
        <translation>“%1”可能已损坏。请立即备份；如果发现数据缺失，请从较早的备份恢复。

%2</translation>
    </message>
</context>
<context>
    <name>guanxi::InteractionDialog</name>
    <message>
        <source>Nobody in particular</source>
        <translation>不指定</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Log an interaction</source>
        <translation>记录沟通</translation>
    </message>
    <message>
        <source>Edit interaction</source>
        <translation>编辑沟通记录</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>方式(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>时间(&amp;W)：</translation>
    </message>
    <message>
        <source>With &amp;contact:</source>
        <translation>联系人(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>经办人(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>摘要(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Promised:</source>
        <translation>承诺(&amp;P)：</translation>
    </message>
    <message>
        <source>What was discussed, what the customer wants</source>
        <translation>谈了什么，客户需要什么</translation>
    </message>
    <message>
        <source>What we promised, in writing (quotes, dates, prices)</source>
        <translation>我方做出的承诺，以书面记下（报价、日期、价格）</translation>
    </message>
    <message>
        <source>Also create a &amp;follow-up</source>
        <translation>同时创建跟进(&amp;F)</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>事项：</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>到期日：</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
</context>
<context>
    <name>guanxi::MainActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销%1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做%1(&amp;R)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>撤销%1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>重做%1</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>新建工作区(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a new, empty workspace file for another company</source>
        <translation>为另一家公司新建一个空的工作区文件</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Save a consistent copy of the workspace while you keep working</source>
        <translation>保存一份完整一致的工作区副本，不影响继续工作</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Find Customer</source>
        <translation>查找客户(&amp;F)</translation>
    </message>
    <message>
        <source>Search customers by name, pinyin, phone, e-mail or city</source>
        <translation>按名称、拼音、电话、邮箱或城市搜索客户</translation>
    </message>
    <message>
        <source>&amp;New Customer…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>New customer (%1)</source>
        <translation>新建客户 (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit Customer…</source>
        <translation>编辑客户(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>&amp;Delete Customer…</source>
        <translation>删除客户(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Add &amp;Contact…</source>
        <translation>添加联系人(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Log Interaction…</source>
        <translation>记录沟通(&amp;L)…</translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation>记录沟通</translation>
    </message>
    <message>
        <source>Add &amp;Follow-up…</source>
        <translation>添加跟进(&amp;F)…</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>跟进(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;About Guanxi</source>
        <translation>关于“关系”(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Tool bar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <source>&amp;Check Integrity</source>
        <translation>检查完整性(&amp;C)</translation>
    </message>
    <message>
        <source>Read the whole workspace and report damage, while you keep working</source>
        <translation>读取整个工作区并报告损坏，不影响您继续工作</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import customers, contacts, orders or interactions from a CSV file, as one batch you can undo</source>
        <translation>从 CSV 文件导入客户、联系人、订单或沟通记录，作为可撤销的一个批次</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Write what the current view shows to Excel, CSV, vCard or iCalendar</source>
        <translation>将当前视图的内容导出为 Excel、CSV、vCard 或 iCalendar</translation>
    </message>
    <message>
        <source>Imp&amp;orts…</source>
        <translation>导入记录(&amp;O)…</translation>
    </message>
    <message>
        <source>The imports into this workspace; undo one of them</source>
        <translation>本工作区的导入记录；可撤销其中之一</translation>
    </message>
</context>
<context>
    <name>guanxi::MainWindow</name>
    <message>
        <source>Workspace check</source>
        <translation>工作区检查</translation>
    </message>
    <message>
        <source>Guanxi</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>There is no customer with id %1.</source>
        <translation>没有 ID 为 %1 的客户。</translation>
    </message>
    <message>
        <source>Unknown view “%1”: use customers, followups or customer:ID.</source>
        <translation>未知视图“%1”：请使用 customers、followups 或 customer:ID。</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>没有最近打开的工作区</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>清空列表(&amp;C)</translation>
    </message>
    <message>
        <source>%1 (read-only) — Guanxi</source>
        <translation>%1（只读）— 关系</translation>
    </message>
    <message>
        <source>%1 — Guanxi</source>
        <translation>%1 — 关系</translation>
    </message>
    <message>
        <source>This workspace is read-only: you can look at everything, but nothing can be changed. Copy the file to a writable folder to edit it.</source>
        <translation>此工作区为只读：可以查看所有内容，但不能做任何修改。如需编辑，请将文件复制到可写的文件夹。</translation>
    </message>
    <message>
        <source>About Guanxi</source>
        <translation>关于“关系”</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Guanxi %1&lt;/h3&gt;&lt;p&gt;A desktop CRM for small businesses: customers, contacts, what was promised, and what needs doing next — in one file on your own computer.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;关系 %1&lt;/h3&gt;&lt;p&gt;面向小企业的桌面客户关系管理软件：客户、联系人、做过的承诺以及下一步要做的事——全部保存在您自己电脑上的一个文件里。&lt;/p&gt;&lt;p&gt;基于 Qt %2 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Checking the workspace…</source>
        <translation>正在检查工作区…</translation>
    </message>
    <message>
        <source>No problems found in “%1”.</source>
        <translation>工作区“%1”未发现问题。</translation>
    </message>
</context>
<context>
    <name>guanxi::NavigationBar</name>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Follow-ups (%1)</source>
        <translation>跟进 (%1)</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Overdue, today&apos;s and upcoming follow-ups</source>
        <translation>已逾期、今天到期和即将到期的跟进</translation>
    </message>
</context>
<context>
    <name>guanxi::SnoozeMenu</name>
    <message>
        <source>Snooze</source>
        <translation>推迟</translation>
    </message>
    <message>
        <source>Until tomorrow (%1)</source>
        <translation>到明天 (%1)</translation>
    </message>
    <message>
        <source>Until next Monday (%1)</source>
        <translation>到下周一 (%1)</translation>
    </message>
    <message>
        <source>Until a date…</source>
        <translation>到指定日期…</translation>
    </message>
    <message>
        <source>Snooze until</source>
        <translation>推迟到</translation>
    </message>
</context>
<context>
    <name>guanxi::StaffComboBox</name>
    <message>
        <source>Everyone</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>%1 (former)</source>
        <translation>%1（已离职）</translation>
    </message>
    <message>
        <source>New team member…</source>
        <translation>新增团队成员…</translation>
    </message>
    <message>
        <source>New team member</source>
        <translation>新增团队成员</translation>
    </message>
    <message>
        <source>Name of the new team member:</source>
        <translation>新成员的姓名：</translation>
    </message>
</context>
<context>
    <name>guanxi::StatusBarWidgets</name>
    <message>
        <source>No workspace open</source>
        <translation>未打开工作区</translation>
    </message>
    <message>
        <source>Customers in this workspace: %1</source>
        <translation>本工作区客户数：%1</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>This workspace can only be read: it is write-protected or on read-only media.</source>
        <translation>此工作区只能读取：文件受写保护，或位于只读介质上。</translation>
    </message>
</context>
<context>
    <name>guanxi::TimelineDelegate</name>
    <message>
        <source>Promised: %1</source>
        <translation>承诺：%1</translation>
    </message>
</context>
<context>
    <name>guanxi::TimelineModel</name>
    <message>
        <source>%1 with %2</source>
        <translation>%1 与 %2</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>与 %1</translation>
    </message>
    <message>
        <source>Promised: %1</source>
        <translation>承诺：%1</translation>
    </message>
</context>
<context>
    <name>guanxi::TimelinePanel</name>
    <message>
        <source>Delete interaction</source>
        <translation>删除沟通记录</translation>
    </message>
    <message>
        <source>Delete this %1 from the timeline?
You can undo this with Edit ▸ Undo.</source>
        <translation>删除这条%1记录？
可以通过“编辑 ▸ 撤销”恢复。</translation>
    </message>
    <message>
        <source>Interaction not deleted</source>
        <translation>沟通记录未删除</translation>
    </message>
    <message>
        <source>Log interaction…</source>
        <translation>记录沟通…</translation>
    </message>
    <message>
        <source>Record a visit, call, e-mail, chat or meeting and what was promised</source>
        <translation>记录一次拜访、电话、邮件、微信聊天或会议，以及做出的承诺</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>guanxi::WorkspaceController</name>
    <message>
        <source>Guanxi workspaces (*.guanxi);;All files (*)</source>
        <translation>关系工作区 (*.guanxi);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot create workspace</source>
        <translation>无法创建工作区</translation>
    </message>
    <message>
        <source>The folder for “%1” cannot be created.</source>
        <translation>无法为“%1”创建文件夹。</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <source>My company</source>
        <translation>我的公司</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <source>“%1” already exists. Use File ▸ Open Workspace to open it, or choose another name.</source>
        <translation>“%1”已存在。请用 文件 ▸ 打开工作区 打开它，或换一个名称。</translation>
    </message>
</context>
<context>
    <name>guanxi::WorkspaceSession</name>
    <message>
        <source>No workspace is open.</source>
        <translation>没有打开的工作区。</translation>
    </message>
    <message>
        <source>Log %1 with follow-up “%2”</source>
        <translation>记录%1并新建跟进“%2”</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Guanxi, a desktop CRM for small businesses.</source>
        <translation>关系：面向小企业的桌面客户关系管理软件。</translation>
    </message>
    <message>
        <source>Open the workspace FILE.</source>
        <translation>打开工作区 FILE。</translation>
    </message>
    <message>
        <source>Start in VIEW: customers, followups or customer:ID.</source>
        <translation>启动时显示视图 VIEW：customers、followups 或 customer:ID。</translation>
    </message>
    <message>
        <source>Render the window off-screen, save it as the PNG file FILE and exit.</source>
        <translation>在屏幕外渲染窗口，保存为 PNG 文件 FILE，然后退出。</translation>
    </message>
    <message>
        <source>Use the language LANG (zh_CN or en).</source>
        <translation>使用语言 LANG（zh_CN 或 en）。</translation>
    </message>
    <message>
        <source>Screenshot size, WIDTHxHEIGHT (default 1366x768).</source>
        <translation>截图尺寸，格式为 WIDTHxHEIGHT（默认 1366x768）。</translation>
    </message>
    <message>
        <source>The workspace to open (same as --workspace).</source>
        <translation>要打开的工作区（与 --workspace 相同）。</translation>
    </message>
    <message>
        <source>Open one workspace at a time.</source>
        <translation>一次只能打开一个工作区。</translation>
    </message>
    <message>
        <source>Unknown language “%1”: use zh_CN or en.</source>
        <translation>未知语言“%1”：请使用 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>The size must look like 1366x768.</source>
        <translation>尺寸格式应类似 1366x768。</translation>
    </message>
    <message>
        <source>--screenshot needs --workspace FILE.</source>
        <translation>--screenshot 需要与 --workspace FILE 一起使用。</translation>
    </message>
    <message>
        <source>Guanxi</source>
        <translation>关系</translation>
    </message>
</context>
</TS>
