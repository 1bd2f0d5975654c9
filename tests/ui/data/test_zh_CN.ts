<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- A few of the window's strings, for the language-switch test (not the product's translation). -->
<TS version="2.1" language="zh_CN">
<context>
    <name>guanxi::MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Customer…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销(&amp;U)%1</translation>
    </message>
</context>
<context>
    <name>UndoCommand</name>
    <message>
        <source>New customer “%1”</source>
        <translation>新建客户“%1”</translation>
    </message>
</context>
<context>
    <name>guanxi::CustomerTableModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
</context>
</TS>
