#!/usr/bin/env python3
"""Writes the CSV reader's own fixtures (tests/data/csv/*) byte for byte.

The files are committed; this script says how each was made and makes them again:
    python3 tests/data/csv/make_fixtures.py
Standard library only. Python's "gbk" codec is Windows code page 936, what Excel on Chinese
Windows writes when it saves "CSV (Comma delimited)". The expectations live in
tests/exchange_csv/test_csv_reader.cpp, computed by hand from the text below.
"""
import io
import os
import random
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


# Excel on Chinese Windows: GBK, CRLF, quotes only where needed; Alt+Enter in a cell is a bare LF.
# 喆 is GBK but not GB2312. Windows code page 936 writes the euro sign as the single byte 0x80,
# which Python's "gbk" codec does not, so it is put in by hand.
GBK_ROWS = (
    "客户名称,联系人,手机,城市,备注\r\n"
    "北京长城贸易有限公司,张喆,13800138000,北京,老客户，每月下单\r\n"
    '上海浦江电子科技有限公司,李娜,13912345678,上海,"地址：浦东新区,世纪大道100号"\r\n'
    '广州白云餐饮管理有限公司,王芳,,广州,"第一行\n第二行"\r\n'
    '深圳前海物流有限公司,陈静,13600001111,深圳,"他说""下周见"""\r\n'
    "杭州西湖茶业有限公司,赵磊,13700002222,杭州,报价€100\r\n"
)
write("gbk_excel.csv", b"\x80".join(part.encode("gbk") for part in GBK_ROWS.split("€")))

# Excel "CSV UTF-8": a byte order mark, CRLF.
UTF8_BOM_ROWS = (
    "客户名称,联系人,邮箱\r\n"
    "成都天府软件有限公司,刘洋,liu.yang@example.cn\r\n"
    "Müller GmbH,Jürgen Müller,j.mueller@example.de\r\n"
)
write("utf8_bom.csv", b"\xef\xbb\xbf" + UTF8_BOM_ROWS.encode("utf-8"))

# Excel "Unicode Text": UTF-16 with a byte order mark, tab-delimited, CRLF; commas are plain text.
UTF16_ROWS = (
    "客户名称\t城市\t备注\r\n"
    "武汉长江机械有限公司\t武汉\t设备, 配件\r\n"
    '南京钟山文化传媒有限公司\t南京\t"含\t制表符"\r\n'
    "𠀋字测试有限公司\t苏州\t\r\n"  # a character outside the BMP (a surrogate pair)
)
write("utf16le_tab.txt", b"\xff\xfe" + UTF16_ROWS.encode("utf-16-le"))
write("utf16be_tab.txt", b"\xfe\xff" + UTF16_ROWS.encode("utf-16-be"))
# The same text without a byte order mark (some tools write that).
write("utf16le_no_bom.txt", UTF16_ROWS.encode("utf-16-le"))

# Excel in a decimal-comma locale (Germany, France): semicolons, commas inside numbers.
SEMICOLON_ROWS = (
    "Firma;Umsatz;Stadt\r\n"
    "Müller GmbH;1,5;Köln\r\n"
    "Dupont SA;2,25;Paris\r\n"
    '"Schmidt; Söhne";3,0;Berlin\r\n'
)
write("semicolon.csv", SEMICOLON_ROWS.encode("utf-8"))

# Classic Mac OS line ends (a lone CR), no line end after the last record.
write("cr_only.csv", "名称,城市\r重庆火锅店,重庆\r\"多行\r备注\",成都".encode("utf-8"))

# Line numbers: blank lines, quoted line breaks of all three kinds, no final line end.
write(
    "line_numbers.csv",
    b'a,b\n'  # line 1
    b'\n'  # line 2: blank
    b'1,"x\r\ny"\n'  # lines 3-4
    b'\r\n'  # line 5: blank
    b'2,"p\rq\nr"\r\n'  # lines 6-8
    b'3,z',  # line 9
)

# Quotes RFC 4180 does not allow, read the lenient way (libcsv's).
write(
    "lenient_quotes.csv",
    b'size,name\n'
    b'3\'5" wide,"5" long"\n'
    b' "spaced" ,"a""b"\n',
)

# Hostile files.
rng = random.Random(20240601)
write("binary_junk.bin", bytes(rng.randrange(256) for _ in range(4096)))

# An Excel workbook picked by mistake: a ZIP archive (fixed date, so the bytes never change).
buffer = io.BytesIO()
with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
    info = zipfile.ZipInfo("xl/worksheets/sheet1.xml", date_time=(2024, 6, 1, 0, 0, 0))
    archive.writestr(info, "<worksheet><sheetData><row><c><v>1</v></c></row></sheetData></worksheet>" * 20)
write("workbook_renamed.csv", buffer.getvalue())

write("nul_bytes.csv", b"name,city\r\nA,B\r\nC\x00,D\r\nE,F\r\n")

# Two Excel "CSV UTF-8" files joined with `cat`: the second byte order mark is on line 3.
write("bom_in_middle.csv", b"\xef\xbb\xbfa,b\r\n1,2\r\n" + b"\xef\xbb\xbfa,b\r\n3,4\r\n")

# Rows appended by another program in the other encoding.
write(
    "mixed_utf8_then_gbk.csv",
    "客户名称,城市\r\n北京长城贸易有限公司,北京\r\n".encode("utf-8")
    + "上海浦江电子科技有限公司,上海\r\n".encode("gbk"),
)
write(
    "mixed_gbk_then_utf8.csv",
    "客户名称,城市\r\n北京长城贸易有限公司,北京\r\n上海浦江电子科技有限公司,上海\r\n".encode("gbk")
    + "广州白云餐饮管理有限公司,广州\r\n".encode("utf-8"),
)

# English rows first, Chinese far down, as saved on Chinese Windows: detection (tests use a small
# sample) sees only ASCII and guesses UTF-8; the reader turns to GB18030 at line 22.
write(
    "ascii_then_gbk.csv",
    ("name,city,phone\r\n"
     + "".join("Customer %d,Beijing,138%08d\r\n" % (i, i) for i in range(1, 21))
     + "北京长城贸易有限公司,北京,13800138000\r\n"
     + "Last Customer,Shanghai,13900000000\r\n").encode("gbk"),
)

write("unterminated_quote.csv", b'a,b\n1,2\n3,"open\n4,5\n')

COLUMNS = 10000
write(
    "columns_10000.csv",
    (",".join("c%d" % i for i in range(1, COLUMNS + 1)) + "\n"
     + ",".join(str(i) for i in range(1, COLUMNS + 1)) + "\n").encode("ascii"),
)

write("empty.csv", b"")
write("blank_lines_only.csv", b"\r\n\r\n\n")
write("header_only.csv", "客户名称,手机,城市\r\n".encode("utf-8"))
