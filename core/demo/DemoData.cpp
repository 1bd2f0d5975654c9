#include "DemoData.h"

#include <array>

namespace guanxi::demo::DemoData {

// Roles, as in Enums.h's ContactRole.
namespace {
constexpr int DecisionMaker = 0, Influencer = 1, User = 2, Gatekeeper = 3, Champion = 4, NoRole = -1;
}

std::span<const ChineseCity> chineseCities()
{
    static const ChineseCity cities[] = {
        {"北京", "北京市", "010", "1101", 90, "朝阳区|海淀区|东城区|西城区|丰台区|通州区|大兴区"},
        {"上海", "上海市", "021", "3101", 95, "浦东新区|徐汇区|静安区|闵行区|黄浦区|长宁区|嘉定区"},
        {"广州", "广东省", "020", "4401", 70, "天河区|越秀区|海珠区|番禺区|白云区|黄埔区"},
        {"深圳", "广东省", "0755", "4403", 75, "南山区|福田区|罗湖区|宝安区|龙岗区|龙华区"},
        {"重庆", "重庆市", "023", "5001", 45, "渝中区|江北区|南岸区|九龙坡区|沙坪坝区|渝北区"},
        {"天津", "天津市", "022", "1201", 35, "和平区|河西区|南开区|滨海新区"},
        {"成都", "四川省", "028", "5101", 45, "锦江区|武侯区|青羊区|成华区|高新区"},
        {"武汉", "湖北省", "027", "4201", 40, "江汉区|武昌区|洪山区|汉阳区|东湖高新区"},
        {"杭州", "浙江省", "0571", "3301", 50, "西湖区|滨江区|余杭区|上城区|拱墅区|萧山区"},
        {"南京", "江苏省", "025", "3201", 40, "玄武区|鼓楼区|建邺区|秦淮区|江宁区"},
        {"西安", "陕西省", "029", "6101", 30, "雁塔区|碑林区|新城区|未央区"},
        {"苏州", "江苏省", "0512", "3205", 45, "工业园区|姑苏区|吴中区|相城区|虎丘区"},
        {"长沙", "湖南省", "0731", "4301", 28, "岳麓区|芙蓉区|天心区|开福区"},
        {"郑州", "河南省", "0371", "4101", 28, "金水区|二七区|中原区|郑东新区"},
        {"青岛", "山东省", "0532", "3702", 28, "市南区|市北区|黄岛区|崂山区"},
        {"沈阳", "辽宁省", "024", "2101", 18, "和平区|沈河区|浑南区|铁西区"},
        {"大连", "辽宁省", "0411", "2102", 15, "中山区|西岗区|沙河口区|甘井子区"},
        {"宁波", "浙江省", "0574", "3302", 28, "海曙区|江北区|鄞州区|北仑区"},
        {"厦门", "福建省", "0592", "3502", 22, "思明区|湖里区|集美区|海沧区"},
        {"福州", "福建省", "0591", "3501", 18, "鼓楼区|台江区|仓山区|晋安区"},
        {"济南", "山东省", "0531", "3701", 20, "历下区|市中区|槐荫区|天桥区"},
        {"合肥", "安徽省", "0551", "3401", 20, "蜀山区|包河区|庐阳区|瑶海区"},
        {"昆明", "云南省", "0871", "5301", 14, ""},
        {"哈尔滨", "黑龙江省", "0451", "2301", 12, ""},
        {"长春", "吉林省", "0431", "2201", 10, ""},
        {"石家庄", "河北省", "0311", "1301", 12, ""},
        {"南昌", "江西省", "0791", "3601", 12, ""},
        {"南宁", "广西壮族自治区", "0771", "4501", 10, ""},
        {"贵阳", "贵州省", "0851", "5201", 10, ""},
        {"太原", "山西省", "0351", "1401", 9, ""},
        {"兰州", "甘肃省", "0931", "6201", 6, ""},
        {"乌鲁木齐", "新疆维吾尔自治区", "0991", "6501", 5, ""},
        {"呼和浩特", "内蒙古自治区", "0471", "1501", 4, ""},
        {"海口", "海南省", "0898", "4601", 5, ""},
        {"银川", "宁夏回族自治区", "0951", "6401", 3, ""},
        {"西宁", "青海省", "0971", "6301", 2, ""},
        {"拉萨", "西藏自治区", "0891", "5401", 1, ""},
        {"东莞", "广东省", "0769", "4419", 30, ""},
        {"佛山", "广东省", "0757", "4406", 28, ""},
        {"无锡", "江苏省", "0510", "3202", 22, ""},
        {"温州", "浙江省", "0577", "3303", 18, ""},
        {"珠海", "广东省", "0756", "4404", 9, ""},
        {"泉州", "福建省", "0595", "3505", 14, ""},
        {"烟台", "山东省", "0535", "3706", 9, ""},
        {"常州", "江苏省", "0519", "3204", 12, ""},
        {"绍兴", "浙江省", "0575", "3306", 10, ""},
        {"嘉兴", "浙江省", "0573", "3304", 9, ""},
        {"金华", "浙江省", "0579", "3307", 8, ""},
        {"义乌", "浙江省", "0579", "3307", 12, ""},
        {"台州", "浙江省", "0576", "3310", 8, ""},
        {"徐州", "江苏省", "0516", "3203", 8, ""},
        {"南通", "江苏省", "0513", "3206", 9, ""},
        {"扬州", "江苏省", "0514", "3210", 6, ""},
        {"潍坊", "山东省", "0536", "3707", 6, ""},
        {"洛阳", "河南省", "0379", "4103", 6, ""},
        {"襄阳", "湖北省", "0710", "4206", 4, ""},
        {"宜昌", "湖北省", "0717", "4205", 4, ""},
        {"芜湖", "安徽省", "0553", "3402", 5, ""},
        {"柳州", "广西壮族自治区", "0772", "4502", 4, ""},
        {"桂林", "广西壮族自治区", "0773", "4503", 4, ""},
        {"绵阳", "四川省", "0816", "5107", 4, ""},
        {"赣州", "江西省", "0797", "3607", 4, ""},
    };
    return cities;
}

std::span<const Hanzi> surnames()
{
    static const Hanzi names[] = {
        {"王", "wang", 72}, {"李", "li", 72},    {"张", "zhang", 68}, {"刘", "liu", 54},  {"陈", "chen", 45},
        {"杨", "yang", 31}, {"黄", "huang", 23}, {"赵", "zhao", 20},  {"吴", "wu", 20},   {"周", "zhou", 19},
        {"徐", "xu", 14},   {"孙", "sun", 13},   {"马", "ma", 12},    {"朱", "zhu", 12},  {"胡", "hu", 11},
        {"郭", "guo", 11},  {"何", "he", 10},    {"高", "gao", 10},   {"林", "lin", 10},  {"罗", "luo", 9},
        {"郑", "zheng", 9}, {"梁", "liang", 9},  {"谢", "xie", 7},    {"宋", "song", 6},  {"唐", "tang", 6},
        {"许", "xu", 6},    {"韩", "han", 6},    {"冯", "feng", 6},   {"邓", "deng", 6},  {"曹", "cao", 6},
        {"彭", "peng", 5},  {"曾", "zeng", 5},   {"肖", "xiao", 5},   {"田", "tian", 5},  {"董", "dong", 5},
        {"袁", "yuan", 4},  {"潘", "pan", 4},    {"于", "yu", 4},     {"蒋", "jiang", 4}, {"蔡", "cai", 4},
        {"余", "yu", 4},    {"杜", "du", 4},     {"叶", "ye", 4},     {"程", "cheng", 4}, {"苏", "su", 3},
        {"魏", "wei", 3},   {"吕", "lv", 3},     {"丁", "ding", 3},   {"任", "ren", 3},   {"沈", "shen", 3},
        {"姚", "yao", 3},   {"卢", "lu", 3},     {"姜", "jiang", 3},  {"崔", "cui", 3},   {"钟", "zhong", 3},
        {"谭", "tan", 3},   {"陆", "lu", 3},     {"汪", "wang", 3},   {"范", "fan", 3},   {"金", "jin", 3},
        {"石", "shi", 3},   {"廖", "liao", 3},   {"贾", "jia", 2},    {"夏", "xia", 2},   {"韦", "wei", 2},
        {"付", "fu", 2},    {"方", "fang", 2},   {"白", "bai", 2},    {"邹", "zou", 2},   {"孟", "meng", 2},
        {"熊", "xiong", 2}, {"秦", "qin", 2},    {"邱", "qiu", 2},    {"江", "jiang", 2}, {"尹", "yin", 2},
        {"薛", "xue", 2},   {"闫", "yan", 2},    {"段", "duan", 2},   {"雷", "lei", 2},   {"侯", "hou", 2},
        {"龙", "long", 2},  {"史", "shi", 2},    {"陶", "tao", 2},    {"黎", "li", 2},    {"贺", "he", 2},
        {"顾", "gu", 2},    {"毛", "mao", 2},    {"郝", "hao", 2},    {"龚", "gong", 2},  {"邵", "shao", 2},
        {"万", "wan", 2},   {"钱", "qian", 2},   {"严", "yan", 2},    {"武", "wu", 2},    {"戴", "dai", 2},
        {"覃", "qin", 1},   {"莫", "mo", 1},     {"孔", "kong", 1},   {"向", "xiang", 1}, {"汤", "tang", 1},
        {"单", "shan", 1},  {"解", "xie", 1},    {"查", "zha", 1},    {"乐", "yue", 1},   {"仇", "qiu", 1},
        {"欧阳", "ouyang", 1}, {"诸葛", "zhuge", 1}, {"上官", "shangguan", 1},
    };
    return names;
}

std::span<const Hanzi> givenNameCharacters()
{
    static const Hanzi characters[] = {
        {"伟", "wei", 1},  {"芳", "fang", 1}, {"娜", "na", 1},    {"敏", "min", 1},  {"静", "jing", 1},
        {"丽", "li", 1},   {"强", "qiang", 1}, {"磊", "lei", 1},  {"军", "jun", 1},  {"洋", "yang", 1},
        {"勇", "yong", 1}, {"艳", "yan", 1},  {"杰", "jie", 1},   {"娟", "juan", 1}, {"涛", "tao", 1},
        {"明", "ming", 1}, {"超", "chao", 1}, {"秀", "xiu", 1},   {"霞", "xia", 1},  {"平", "ping", 1},
        {"刚", "gang", 1}, {"桂", "gui", 1},  {"英", "ying", 1},  {"华", "hua", 1},  {"建", "jian", 1},
        {"国", "guo", 1},  {"文", "wen", 1},  {"辉", "hui", 1},   {"鹏", "peng", 1}, {"飞", "fei", 1},
        {"宇", "yu", 1},   {"浩", "hao", 1},  {"晨", "chen", 1},  {"欣", "xin", 1},  {"怡", "yi", 1},
        {"佳", "jia", 1},  {"琪", "qi", 1},   {"雪", "xue", 1},   {"婷", "ting", 1}, {"博", "bo", 1},
        {"志", "zhi", 1},  {"海", "hai", 1},  {"波", "bo", 1},    {"斌", "bin", 1},  {"峰", "feng", 1},
        {"俊", "jun", 1},  {"婉", "wan", 1},  {"晓", "xiao", 1},  {"红", "hong", 1}, {"梅", "mei", 1},
        {"玲", "ling", 1}, {"云", "yun", 1},  {"东", "dong", 1},  {"春", "chun", 1}, {"亮", "liang", 1},
        {"成", "cheng", 1}, {"健", "jian", 1}, {"立", "li", 1},   {"新", "xin", 1},  {"子", "zi", 1},
        {"涵", "han", 1},  {"轩", "xuan", 1}, {"然", "ran", 1},   {"梓", "zi", 1},   {"萱", "xuan", 1},
        {"睿", "rui", 1},  {"嘉", "jia", 1},  {"思", "si", 1},    {"雨", "yu", 1},   {"泽", "ze", 1},
        {"瑞", "rui", 1},  {"凯", "kai", 1},  {"琳", "lin", 1},   {"慧", "hui", 1},  {"兰", "lan", 1},
        {"倩", "qian", 1}, {"阳", "yang", 1}, {"帆", "fan", 1},   {"龙", "long", 1}, {"长", "chang", 1},
        {"乐", "le", 1},   {"德", "de", 1},   {"永", "yong", 1},  {"玉", "yu", 1},   {"淑", "shu", 1},
    };
    return characters;
}

std::span<const Brand> brands()
{
    static const Brand list[] = {
        {"长城", "changcheng"}, {"华夏", "huaxia"},   {"东方", "dongfang"},  {"金鼎", "jinding"},   {"宏达", "hongda"},
        {"恒信", "hengxin"},    {"鑫源", "xinyuan"},  {"盛世", "shengshi"},  {"远航", "yuanhang"},  {"新华", "xinhua"},
        {"天宇", "tianyu"},     {"瑞丰", "ruifeng"},  {"博雅", "boya"},      {"中科", "zhongke"},   {"星辰", "xingchen"},
        {"汇通", "huitong"},    {"永安", "yongan"},   {"国泰", "guotai"},    {"嘉禾", "jiahe"},     {"山城", "shancheng"},
        {"江南", "jiangnan"},   {"海川", "haichuan"}, {"泰和", "taihe"},     {"福瑞", "furui"},     {"德胜", "desheng"},
        {"安泰", "antai"},      {"万通", "wantong"},  {"金桥", "jinqiao"},   {"宝丰", "baofeng"},   {"致远", "zhiyuan"},
        {"锦程", "jincheng"},   {"同德", "tongde"},   {"华瑞", "huarui"},    {"凯旋", "kaixuan"},   {"荣昌", "rongchang"},
        {"银河", "yinhe"},      {"长江", "changjiang"}, {"黄河", "huanghe"}, {"泰山", "taishan"},   {"昆仑", "kunlun"},
        {"天马", "tianma"},     {"飞鹰", "feiying"},  {"启明", "qiming"},    {"朝阳", "chaoyang"},  {"重华", "chonghua"},
        {"乐天", "letian"},     {"行健", "xingjian"}, {"和信", "hexin"},     {"中远", "zhongyuan"}, {"大成", "dacheng"},
        {"正大", "zhengda"},    {"宏图", "hongtu"},   {"鼎盛", "dingsheng"}, {"润发", "runfa"},     {"兴业", "xingye"},
        {"广利", "guangli"},    {"富康", "fukang"},   {"绿源", "lvyuan"},    {"蓝天", "lantian"},   {"青松", "qingsong"},
        {"明珠", "mingzhu"},    {"翔宇", "xiangyu"},  {"精工", "jinggong"},  {"创新", "chuangxin"}, {"智达", "zhida"},
        {"联创", "lianchuang"}, {"信达", "xinda"},    {"华美", "huamei"},    {"金山", "jinshan"},   {"东升", "dongsheng"},
        {"四海", "sihai"},      {"九州", "jiuzhou"},  {"百川", "baichuan"},  {"千禾", "qianhe"},    {"万家", "wanjia"},
    };
    return list;
}

std::span<const ChineseIndustry> chineseIndustries()
{
    static const ChineseIndustry list[] = {
        {"科技", "信息技术", "tech", false},         {"信息技术", "信息技术", "it", false},
        {"软件", "信息技术", "soft", false},         {"贸易", "批发零售", "trading", false},
        {"商贸", "批发零售", "trade", false},        {"物流", "交通物流", "logistics", false},
        {"电子", "电子制造", "electronics", true},   {"机械制造", "机械制造", "machinery", true},
        {"精密机械", "机械制造", "precision", true}, {"食品", "食品饮料", "food", true},
        {"医药", "医药健康", "pharma", true},        {"医疗器械", "医药健康", "medical", true},
        {"服饰", "纺织服装", "fashion", true},       {"纺织", "纺织服装", "textile", true},
        {"家具", "家居建材", "furniture", true},     {"建材", "家居建材", "building", true},
        {"化工", "化工", "chem", true},              {"建筑工程", "建筑", "construction", false},
        {"广告传媒", "文化传媒", "media", false},    {"文化传播", "文化传媒", "culture", false},
        {"教育咨询", "教育培训", "edu", false},      {"汽车销售服务", "汽车", "auto", false},
        {"汽车零部件", "汽车", "autoparts", true},   {"环保科技", "节能环保", "eco", false},
        {"新能源", "新能源", "energy", true},        {"农业发展", "农业", "agri", false},
        {"酒店管理", "酒店旅游", "hotel", false},    {"旅行社", "酒店旅游", "travel", false},
        {"物业管理", "物业服务", "property", false}, {"印刷", "印刷包装", "print", true},
        {"包装材料", "印刷包装", "pack", true},      {"五金", "五金工具", "hardware", true},
        {"茶业", "食品饮料", "tea", true},           {"电气", "电气设备", "electric", true},
        {"供应链管理", "交通物流", "supplychain", false}, {"人力资源", "商务服务", "hr", false},
    };
    return list;
}

std::span<const Brand> restaurantDishes()
{
    static const Brand list[] = {
        {"火锅", "huoguo"}, {"小面", "xiaomian"}, {"烤鸭", "kaoya"},    {"串串", "chuanchuan"}, {"面馆", "mianguan"},
        {"茶餐厅", "chacanting"}, {"烧烤", "shaokao"}, {"麻辣烫", "malatang"}, {"饺子", "jiaozi"},
    };
    return list;
}

std::span<const char *const> genericDistricts()
{
    static const char *const list[] = {"高新区", "经济技术开发区", "城南区", "城北区", "新城区", "工业园区", "老城区", "滨江新区"};
    return list;
}

std::span<const char *const> roads()
{
    static const char *const list[] = {"建国路", "人民路", "解放路", "中山路", "长江路", "和平路", "科技路",
                                       "创业大道", "工业大道", "滨江大道", "文化路", "新华路", "光明路", "胜利路",
                                       "朝阳路", "东风路", "建设路", "青年路", "学府路", "金融街"};
    return list;
}

std::span<const LatinCity> latinCities()
{
    static const LatinCity list[] = {
        {"Hamburg", "Germany", "49", "GmbH|AG|GmbH & Co. KG", "de", "EUR", 10},
        {"Munich", "Germany", "49", "GmbH|AG", "de", "EUR", 8},
        {"London", "United Kingdom", "44", "Ltd|PLC", "co.uk", "GBP", 10},
        {"Manchester", "United Kingdom", "44", "Ltd", "co.uk", "GBP", 4},
        {"Singapore", "Singapore", "65", "Pte. Ltd.", "com.sg", "SGD", 10},
        {"Sydney", "Australia", "61", "Pty Ltd", "com.au", "AUD", 6},
        {"San Francisco", "United States", "1", "Inc.|LLC|Corp.", "com", "USD", 8},
        {"New York", "United States", "1", "Inc.|LLC", "com", "USD", 8},
        {"Toronto", "Canada", "1", "Inc.|Ltd.", "ca", "CAD", 4},
        {"Paris", "France", "33", "SAS|SARL", "fr", "EUR", 5},
        {"Milan", "Italy", "39", "S.r.l.|S.p.A.", "it", "EUR", 5},
        {"Rotterdam", "Netherlands", "31", "B.V.", "nl", "EUR", 5},
        {"Zurich", "Switzerland", "41", "AG|GmbH", "ch", "CHF", 3},
        {"Stockholm", "Sweden", "46", "AB", "se", "SEK", 3},
        {"Tokyo", "Japan", "81", "K.K.", "co.jp", "USD", 6},
        {"Seoul", "South Korea", "82", "Co., Ltd.", "co.kr", "USD", 5},
        {"Hong Kong", "Hong Kong", "852", "Limited|Ltd", "com.hk", "HKD", 9},
        {"Dubai", "United Arab Emirates", "971", "LLC|FZE", "ae", "USD", 4},
        {"Kuala Lumpur", "Malaysia", "60", "Sdn. Bhd.", "com.my", "USD", 4},
        {"Bangkok", "Thailand", "66", "Co., Ltd.", "co.th", "USD", 3},
        {"Ho Chi Minh City", "Vietnam", "84", "Co., Ltd.", "vn", "USD", 3},
        {"São Paulo", "Brazil", "55", "Ltda.", "com.br", "USD", 2},
    };
    return list;
}

std::span<const char *const> latinFirstNames()
{
    static const char *const list[] = {
        "Anna",   "James",   "Maria",  "Thomas", "Laura",  "Michael", "Sophie",  "David",   "Emma",    "Lukas",
        "Olivia", "Daniel",  "Sarah",  "Peter",  "Julia",  "Robert",  "Chloe",   "Marco",   "Elena",   "Hans",
        "Ingrid", "Pierre",  "Camille", "Kenji", "Yuki",   "Min-jun", "Ji-woo",  "Ahmed",   "Fatima",  "Carlos",
        "Lucia",  "Raj",     "Priya",  "Ethan",  "Grace",  "Oliver",  "Amelia",  "Noah",    "Mia",     "William",
        "Isabella", "Liam",  "Charlotte", "Felix", "Hannah", "Matteo", "Giulia", "Sven",    "Astrid",  "Jan",
        "Eva",    "Tom",     "Kate",   "Jack",   "Lily",   "Ben",     "Zoe",     "François", "Jürgen", "Søren",
        "José",   "Zoë",     "Nora",   "Erik",
    };
    return list;
}

std::span<const char *const> latinLastNames()
{
    static const char *const list[] = {
        "Smith",   "Müller",  "Johnson", "Schmidt", "Brown",    "Williams", "Martin",   "Bernard",  "Rossi",
        "Bianchi", "Tanaka",  "Suzuki",  "Kim",     "Park",     "Lee",      "Nguyen",   "Tran",     "Garcia",
        "Rodriguez", "Silva", "Santos",  "Andersson", "Johansson", "de Vries", "Jansen", "Schneider", "Fischer",
        "Weber",   "Dubois",  "Moreau",  "Taylor",  "Wilson",   "Davies",   "Evans",    "Roberts",  "Walker",
        "Wright",  "Clarke",  "Patel",   "Shah",    "Khan",     "Cohen",    "Ferrari",  "Romano",   "Novak",
        "Kowalski", "O'Brien", "Murphy", "Hughes",  "Green",    "Hall",     "Wood",     "Lewis",    "Young",
        "King",    "Baker",   "Hill",    "Scott",   "Adams",    "Nelson",   "Carter",   "Mitchell", "Turner",
        "Campbell", "Parker", "Stewart", "Morris",  "Cook",     "Morgan",   "Bell",     "Cooper",   "Ward",
        "Wagner",  "Becker",  "Hoffmann", "Schulz", "Koch",     "Richter",  "Klein",    "Wolf",     "Schröder",
    };
    return list;
}

std::span<const char *const> latinBrands()
{
    static const char *const list[] = {
        "Northwind", "Acme",      "Contoso",   "Fabrikam",  "Litware",   "Tailspin",   "Wingtip",   "Adventure Works",
        "Alpine",    "Pacific Rim", "Silverline", "Greenfield", "Redwood", "Bluestone",  "Evergreen", "Summit",
        "Harbor",    "Meridian",  "Atlas",     "Orion",     "Polaris",   "Lakeside",   "Riverbend", "Crescent",
        "Proseware", "Woodgrove", "Coho",      "Lucerne",   "Blue Yonder", "Humongous", "Nordic",   "Baltic",
        "Helix",     "Vertex",    "Zenith",    "Apex",      "Nova",      "Sterling",   "Kingfisher", "Falcon",
        "Oakridge",  "Pinecrest", "Highland",  "Starlight", "Sunrise",   "Ironwood",   "Copperfield", "Westbridge",
        "Eastgate",  "Hanse",
    };
    return list;
}

std::span<const LatinIndustry> latinIndustries()
{
    static const LatinIndustry list[] = {
        {"Trading", "Wholesale"},        {"Supplies", "Wholesale"},         {"Logistics", "Logistics"},
        {"Foods", "Food & beverage"},    {"Pharmaceuticals", "Pharma"},     {"Electronics", "Electronics"},
        {"Machinery", "Machinery"},      {"Textiles", "Textiles"},          {"Consulting", "Consulting"},
        {"Software", "Software"},        {"Engineering", "Engineering"},    {"Imports", "Import & export"},
        {"Chemicals", "Chemicals"},      {"Packaging", "Packaging"},        {"Furniture", "Furniture"},
        {"Energy", "Energy"},            {"Hospitality", "Hospitality"},    {"Motors", "Automotive"},
        {"Medical", "Medical devices"},  {"Retail", "Retail"},
    };
    return list;
}

std::span<const char *const> latinStreets()
{
    static const char *const list[] = {"Harbour Road", "Market Street", "Main Street",  "King Street",  "Station Road",
                                       "Industriestraße", "Hafenstraße", "Rue de la Paix", "Via Roma", "Orchard Road",
                                       "George Street", "Queen Street", "Park Avenue",  "Mill Lane",    "Bahnhofstraße",
                                       "Kerkstraat"};
    return list;
}

std::span<const Product> products()
{
    static const Product list[] = {
        {"工业传感器", "Industrial sensors"},   {"数控机床配件", "CNC machine parts"}, {"办公家具套装", "Office furniture set"},
        {"ERP软件年费", "ERP subscription"},    {"服务器", "Servers"},                 {"网络交换机", "Network switches"},
        {"不锈钢管材", "Stainless steel pipes"}, {"食品原料", "Food ingredients"},     {"包装纸箱", "Corrugated boxes"},
        {"润滑油", "Lubricants"},               {"LED照明灯具", "LED lighting"},       {"安防监控系统", "CCTV system"},
        {"空调设备", "Air conditioning units"}, {"医用耗材", "Medical consumables"},   {"茶叶礼盒", "Tea gift boxes"},
        {"白酒", "Baijiu"},                     {"五金工具", "Hardware tools"},        {"劳保用品", "Safety equipment"},
        {"打印耗材", "Printer supplies"},       {"电线电缆", "Electric cables"},       {"物流运输服务", "Freight services"},
        {"广告投放服务", "Advertising services"}, {"员工培训课程", "Staff training"}, {"财务咨询服务", "Accounting advice"},
        {"太阳能组件", "Solar modules"},        {"锂电池", "Lithium batteries"},       {"化工原料", "Chemical raw materials"},
        {"纺织面料", "Textile fabrics"},        {"汽车配件", "Auto parts"},            {"电子元器件", "Electronic components"},
    };
    return list;
}

std::span<const Title> titles()
{
    static const Title list[] = {
        {"董事长", "Chairman", DecisionMaker, 3},
        {"总经理", "General Manager", DecisionMaker, 8},
        {"副总经理", "Deputy General Manager", Influencer, 5},
        {"采购经理", "Purchasing Manager", Gatekeeper, 10},
        {"采购专员", "Buyer", Gatekeeper, 6},
        {"财务总监", "CFO", Influencer, 4},
        {"技术总监", "CTO", Influencer, 4},
        {"工程师", "Engineer", User, 6},
        {"生产主管", "Production Supervisor", User, 4},
        {"行政主管", "Office Manager", Gatekeeper, 4},
        {"总经理助理", "Assistant to the GM", Gatekeeper, 3},
        {"项目经理", "Project Manager", Champion, 5},
        {"IT经理", "IT Manager", Champion, 3},
        {"市场总监", "Marketing Director", Influencer, 3},
        {"仓库主管", "Warehouse Supervisor", User, 3},
        {"销售经理", "Sales Manager", NoRole, 2},
        {"店长", "Store Manager", DecisionMaker, 2},
    };
    return list;
}

std::span<const char *const> chineseSummaries()
{
    static const char *const list[] = {
        "电话沟通{product}的报价，客户希望再优惠一些",
        "拜访{contact}，介绍新款{product}，客户表示有兴趣",
        "微信确认{product}的交货时间",
        "客户反馈上批{product}有少量质量问题，已记录并上报",
        "与{contact}开会讨论明年的采购计划",
        "发送{product}的产品资料和报价单",
        "年底回访{contact}，了解使用情况和满意度",
        "客户询问付款方式和开票事宜",
        "陪同工程师上门调试设备，{contact}现场确认",
        "参加客户年会，与{contact}深入交流",
        "催收上月货款，客户答应尽快安排",
        "客户投诉物流延误，已协调仓库加急发货",
        "{contact}来电咨询{product}的技术参数",
        "邀请{contact}参观工厂，对生产线印象很好",
        "节日问候，顺便了解下季度需求",
        "客户提出换货申请，已安排业务跟进",
    };
    return list;
}

std::span<const char *const> englishSummaries()
{
    static const char *const list[] = {
        "Call with {contact} about pricing for {product}",
        "Visited {contact} and presented the new {product} range",
        "Sent the brochure and a quotation for {product}",
        "Quarterly review meeting with {contact}",
        "Customer reported a delivery delay; escalated to logistics",
        "Followed up on the open invoice",
        "WeChat chat with {contact} to confirm the delivery date",
        "{contact} asked for technical data on {product}",
        "Demo of {product} at the customer's site",
        "Discussed next year's volumes with {contact}",
    };
    return list;
}

std::span<const char *const> chineseCommitments()
{
    static const char *const list[] = {
        "三天内发送正式报价单",       "下周二前安排技术人员上门", "本月底前给予九五折优惠",
        "两周内补发缺失的配件",       "周五前确认交货日期",       "月底前开具增值税专用发票",
        "下次订单免运费",             "一周内提供样品",           "春节前完成安装调试",
        "账期延长到六十天，需领导审批", "安排售后工程师电话回访",   "提供三年免费保修",
    };
    return list;
}

std::span<const char *const> englishCommitments()
{
    static const char *const list[] = {
        "Send the revised quotation by Friday",  "Arrange an engineer visit next week",
        "5% discount on the next order",         "Replace the damaged units within two weeks",
        "Confirm the delivery date by Monday",   "Free shipping on the next order",
        "Send samples within a week",            "Extend payment terms to 60 days (needs approval)",
    };
    return list;
}

std::span<const char *const> chineseFollowUps()
{
    static const char *const list[] = {
        "回访{contact}，确认满意度", "发送报价单",   "确认货款到账",   "安排送货",     "续约沟通",
        "节日问候{contact}",         "寄送样品",     "跟进投诉处理结果", "约{contact}面谈", "催收尾款",
    };
    return list;
}

std::span<const char *const> englishFollowUps()
{
    static const char *const list[] = {
        "Call back {contact}", "Send quotation", "Confirm payment received", "Renewal discussion",
        "Send samples",        "Check on the complaint", "Meet {contact}",   "Season's greetings",
    };
    return list;
}

std::span<const char *const> chineseTags()
{
    static const char *const list[] = {"VIP",    "重点客户", "老客户转介绍", "展会线索", "需要开票", "华东区", "华南区",
                                       "华北区", "西南区",   "价格敏感",     "长期合作", "月结",     "现金客户", "出口",
                                       "政府采购", "连锁",   "新品试用"};
    return list;
}

std::span<const char *const> englishTags()
{
    static const char *const list[] = {"key account", "export", "price sensitive", "trade fair", "net 30",
                                       "reseller",    "pilot",  "long-term"};
    return list;
}

std::span<const char *const> chineseNotes()
{
    static const char *const list[] = {"春节前需要上门拜访",       "付款周期较长，注意回款",
                                       "老板喜欢喝茶，拜访可带茶叶", "对售后响应速度要求高",
                                       "只接受电子发票",             "决策流程长，需要多次沟通",
                                       "原业务员已离职，需重新建立联系"};
    return list;
}

std::span<const char *const> englishNotes()
{
    static const char *const list[] = {"Prefers e-mail over phone calls", "Pays reliably within 30 days",
                                       "Decisions take long; several stakeholders",
                                       "Ask for the purchasing manager, not reception"};
    return list;
}

std::span<const char *const> mobilePrefixes()
{
    static const char *const list[] = {"130", "131", "132", "133", "134", "135", "136", "137", "138", "139",
                                       "150", "151", "152", "153", "155", "156", "157", "158", "159", "166",
                                       "173", "175", "176", "177", "178", "180", "181", "182", "183", "184",
                                       "185", "186", "187", "188", "189", "191", "193", "195", "198", "199"};
    return list;
}

std::span<const char *const> personalMailDomains()
{
    static const char *const list[] = {"qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "139.com",
                                       "gmail.com", "outlook.com", "hotmail.com", "yahoo.com"};
    return list;
}

}  // namespace guanxi::demo::DemoData
