#!/usr/bin/env python3
"""Writes the .xlsx fixtures of tests/exchange_xlsx: small workbooks written part by part with
zipfile only (no spreadsheet library), so that every cell, style and quirk is the one the test
expects. Run it from anywhere; it writes next to itself. The .xlsx files are committed too."""

import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
MAIN_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
REL_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
WORKSHEET = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"


def write_zip(name, parts):
    with zipfile.ZipFile(os.path.join(HERE, name), "w", zipfile.ZIP_DEFLATED) as z:
        for part, text in parts:
            info = zipfile.ZipInfo(part, date_time=(2024, 6, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8") if isinstance(text, str) else text)


def content_types(sheets):
    overrides = "".join(
        f'<Override PartName="/xl/worksheets/sheet{i}.xml" '
        f'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        for i in range(1, sheets + 1))
    return (DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            + overrides + '</Types>')


ROOT_RELS = (DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
             'officeDocument" Target="xl/workbook.xml"/></Relationships>')


def workbook(names, date1904=False):
    # The relationship ids run backwards, so that sheet order comes from workbook.xml, not the rels.
    sheets = "".join(f'<sheet name="{n}" sheetId="{i + 1}" r:id="rId{len(names) - i}"/>' for i, n in enumerate(names))
    pr = '<workbookPr date1904="1"/>' if date1904 else '<workbookPr/>'
    return DECL + f'<workbook {MAIN_NS} {REL_NS}>{pr}<sheets>{sheets}</sheets></workbook>'


def workbook_rels(count, absolute=False):
    rels = "".join(
        f'<Relationship Id="rId{count - i}" Type="{WORKSHEET}" '
        f'Target="{"/xl/" if absolute else ""}worksheets/sheet{i + 1}.xml"/>' for i in range(count))
    rels += ('<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
             'styles" Target="styles.xml"/>')
    return DECL + f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>'


def sheet(rows_xml):
    return (DECL + f'<worksheet {MAIN_NS} {REL_NS}><dimension ref="A1:E10"/>'
            f'<sheetData>\n{rows_xml}\n</sheetData></worksheet>')


# Style indexes (cellXfs): 0 General, 1 built-in 14 (date), 2 custom "yyyy/m/d", 3 "#,##0.00",
# 4 built-in 22 (date and time), 5 custom "h:mm" (time), 6 custom with "d" only in quotes (a number).
STYLES = (DECL + f'<styleSheet {MAIN_NS}>'
          '<numFmts count="4"><numFmt numFmtId="164" formatCode="yyyy/m/d"/>'
          '<numFmt numFmtId="165" formatCode="#,##0.00"/><numFmt numFmtId="166" formatCode="h:mm"/>'
          '<numFmt numFmtId="167" formatCode="0.0&quot; days&quot;"/></numFmts>'
          '<fonts count="1"><font><sz val="11"/></font></fonts>'
          '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>'
          '<cellXfs count="7"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164"/>'
          '<xf numFmtId="165"/><xf numFmtId="22"/><xf numFmtId="166"/><xf numFmtId="167"/></cellXfs>'
          '</styleSheet>')

SHARED = [
    "<si><t>名称</t></si>", "<si><t>城市</t></si>", "<si><t>金额</t></si>", "<si><t>日期</t></si>",
    "<si><t>备注</t></si>",
    "<si><t>北京长城贸易</t></si>",                                                     # 5
    '<si><r><t>上海</t></r><r><rPr><b/></rPr><t xml:space="preserve">浦东 </t></r>'
    '<rPh sb="0" eb="2"><t>シャンハイ</t></rPh></si>',                                      # 6: rich text
    "<si><t>Tab_x0009_here_x005F_x0041_</t></si>",                                     # 7: escapes
    "<si><t>不应导入</t></si>",                                                         # 8: sheet 2 only
]


def shared_strings(items):
    return DECL + f'<sst {MAIN_NS} count="{len(items)}" uniqueCount="{len(items)}">' + "".join(items) + "</sst>"


TYPES_ROWS = "\n".join([
    # 1: the header, shared strings
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>'
    '<c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c></row>',
    # 2: shared, rich text, a decimal amount, a date (built-in 14), an inline string
    '<row r="2"><c r="A2" t="s"><v>5</v></c><c r="B2" t="s"><v>6</v></c><c r="C2" s="3"><v>1234.5</v></c>'
    '<c r="D2" s="1"><v>45356</v></c><c r="E2" t="inlineStr"><is><t>内联 文本</t></is></c></row>',
    # 3: inline string with runs, 0.1, a date and time (built-in 22), a boolean
    '<row r="3"><c r="A3" t="inlineStr"><is><r><t>Müller</t></r><r><t xml:space="preserve"> GmbH</t></r></is></c>'
    '<c r="C3"><v>0.1</v></c><c r="D3" s="4"><v>45292.5</v></c><c r="E3" t="b"><v>1</v></c></row>',
    # 4 is left out; 5 is sparse: A5 and C5 only
    '<row r="5"><c r="A5" t="inlineStr"><is><t>稀疏</t></is></c><c r="C5"><v>12</v></c></row>',
    # 6: no references at all: the row after 5, cells from A on; a sum with float noise, a string
    # formula, an error
    '<row><c t="inlineStr"><is><t>顺序</t></is></c><c><v>0.30000000000000004</v></c>'
    '<c t="str"><f>A1&amp;B1</f><v>名称城市</v></c><c t="e"><f>NA()</f><v>#N/A</v></c></row>',
    # 7: a number formula, FALSE, 0.00001, a custom date format, a time
    '<row r="7"><c r="A7"><f>SUM(C2:C3)</f><v>1234.6</v></c><c r="B7" t="b"><v>0</v></c><c r="C7"><v>1E-05</v></c>'
    '<c r="D7" s="2"><v>45357</v></c><c r="E7" s="5"><v>0.75</v></c></row>',
    # 8: styled but empty cells, a shared string without its index: no row
    '<row r="8"><c r="A8" s="1"/><c r="B8" t="inlineStr"><is><t></t></is></c><c r="C8" t="s"/></row>',
    # 9: a whole number, a phone number, a negative, "d" in quotes is no date, escapes
    '<row r="9" spans="1:5"><c r="A9"><v>12</v></c><c r="B9"><v>13800138000</v></c><c r="C9"><v>-0.5</v></c>'
    '<c r="D9" s="6"><v>3</v></c><c r="E9" t="s"><v>7</v></c></row>',
    # 10: Excel's 1900 leap day and its neighbours
    '<row r="10"><c r="A10" s="1"><v>59</v></c><c r="B10" s="1"><v>60</v></c><c r="C10" s="1"><v>61</v></c></row>',
])

OTHER_ROWS = '<row r="1"><c r="A1" t="s"><v>8</v></c></row>'

write_zip("types.xlsx", [
    ("[Content_Types].xml", content_types(2)),
    ("_rels/.rels", ROOT_RELS),
    ("xl/workbook.xml", workbook(["客户", "Other"])),
    ("xl/_rels/workbook.xml.rels", workbook_rels(2)),
    ("xl/styles.xml", STYLES),
    ("xl/sharedStrings.xml", shared_strings(SHARED)),
    ("xl/worksheets/sheet1.xml", sheet(TYPES_ROWS)),
    ("xl/worksheets/sheet2.xml", sheet(OTHER_ROWS)),
])

# The 1904 date system (Excel for Mac before 2011), no shared strings, absolute relationship targets.
write_zip("date1904.xlsx", [
    ("[Content_Types].xml", content_types(1)),
    ("_rels/.rels", ROOT_RELS),
    ("xl/workbook.xml", workbook(["Sheet1"], date1904=True)),
    ("xl/_rels/workbook.xml.rels", workbook_rels(1, absolute=True)),
    ("xl/styles.xml", STYLES),
    ("xl/worksheets/sheet1.xml", sheet(
        '<row r="1"><c r="A1" t="inlineStr"><is><t>日期</t></is></c></row>\n'
        '<row r="2"><c r="A2" s="1"><v>0</v></c></row>\n'
        '<row r="3"><c r="A3" s="1"><v>43890</v></c></row>\n'
        '<row r="4"><c r="A4" s="4"><v>1.5</v></c></row>')),
])

# Hostile workbooks.
types = open(os.path.join(HERE, "types.xlsx"), "rb").read()
with open(os.path.join(HERE, "truncated.xlsx"), "wb") as f:
    f.write(types[: len(types) // 2])  # the central directory, at the end, is gone

write_zip("no_workbook.xlsx", [("readme.txt", "Just a ZIP archive.\n")])

write_zip("malformed.xlsx", [
    ("[Content_Types].xml", content_types(1)),
    ("xl/workbook.xml", workbook(["Sheet1"])),
    ("xl/_rels/workbook.xml.rels", workbook_rels(1)),
    # line 3, the header row, closes <v> with </c>
    ("xl/worksheets/sheet1.xml", DECL + f'<worksheet {MAIN_NS}><sheetData>\n'
     '<row r="1"><c r="A1"><v>1</c></row>\n'
     '<row r="2"><c r="A2" t="inlineStr"><is><t>华为</t></is></c></row>\n'
     '</sheetData></worksheet>'),
])

# 4,000 good customers (rows 2 … 4001, on lines 5 … 4004), then a row whose XML is broken
# (row 4002, line 4005): the rows before it are already in the import's transaction.
late_rows = ['<row r="1"><c r="A1" t="inlineStr"><is><t>客户名称</t></is></c>'
             '<c r="B1" t="inlineStr"><is><t>城市</t></is></c></row>']
for i in range(1, 4001):
    late_rows.append(f'<row r="{i + 1}"><c r="A{i + 1}" t="inlineStr"><is><t>新客户{i}</t></is></c>'
                     f'<c r="B{i + 1}" t="inlineStr"><is><t>杭州</t></is></c></row>')
late_rows.append('<row r="4002"><c r="A4002"><v>1</c></row>')
write_zip("malformed_late.xlsx", [
    ("[Content_Types].xml", content_types(1)),
    ("xl/workbook.xml", workbook(["Sheet1"])),
    ("xl/_rels/workbook.xml.rels", workbook_rels(1)),
    ("xl/worksheets/sheet1.xml", DECL + f'<worksheet {MAIN_NS}>\n<sheetData>\n' + "\n".join(late_rows)
     + '\n</sheetData></worksheet>'),
])

write_zip("empty.xlsx", [
    ("[Content_Types].xml", content_types(1)),
    ("xl/workbook.xml", workbook(["Sheet1"])),
    ("xl/_rels/workbook.xml.rels", workbook_rels(1)),
    ("xl/worksheets/sheet1.xml", sheet("")),
])

# One cell of 80 MB of text in 80 KB of ZIP: refused at the reader's limit, in bounded memory.
write_zip("huge_cell.xlsx", [
    ("[Content_Types].xml", content_types(1)),
    ("xl/workbook.xml", workbook(["Sheet1"])),
    ("xl/_rels/workbook.xml.rels", workbook_rels(1)),
    ("xl/worksheets/sheet1.xml", DECL + f'<worksheet {MAIN_NS}><sheetData>\n'
     '<row r="1"><c r="A1" t="inlineStr"><is><t>名称</t></is></c></row>\n'
     '<row r="2"><c r="A2" t="inlineStr"><is><t>' + "x" * (80 * 1024 * 1024) + '</t></is></c></row>\n'
     '</sheetData></worksheet>'),
])
