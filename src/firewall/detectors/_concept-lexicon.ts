/**
 * Words of the concept detector (`concepts.ts`), by concept, in some hundred and fifty languages,
 * varieties and registers (Swiss German, written Cantonese, Hindi and Moroccan Arabic in Latin
 * letters, Egyptian Arabic, Nigerian Pidgin, Tok Pisin among them): a first
 * word of concepts (acts and what they act on) and a second (`MORE_CONCEPT_WORDS`: targets,
 * places and manners the later combinations need), each a 32-bit set.
 *
 * Notation, one entry per whitespace-separated item: `stem*` matches a word that starts with the
 * stem (inflecting languages: Finnish, Hungarian, Slavic, Turkish, Greek suffixes); a bare entry
 * matches the whole word; `^entry` is shared with English or international (`server`, `token`,
 * `antivirus`): it sets its concept but does not make a sentence count as written in another
 * language. Entries in scripts written without spaces (Chinese, Japanese, Thai, Lao, Khmer,
 * Burmese, and Korean compounds) match anywhere in a run of those letters. Items ending in `:` name the language of
 * the line and are not entries. Entries are folded as the detector folds text: lower case,
 * accents and tone marks dropped (`ö` and `ő` as `o`, Vietnamese `xóa` as `xoa`), `å`, `æ`, `ø`
 * and `ß` kept, Persian `ی`/`ک` read as Arabic `ي`/`ك`, Hebrew and Arabic points dropped.
 *
 * Sources: the language knowledge of the project, checked against Wiktionary entries for the
 * inflected stems of Finnish, Estonian, Hungarian and Turkish, and against the localized strings of
 * common operating-system security settings (real-time protection, firewall, event log) for the
 * security vocabulary. Ambiguous short words are left out on purpose (Vietnamese `huy`, Swedish
 * `tom`, Arabic `مسح` which also means a scan, Russian `сотр*` which also starts `сотрудник`), and
 * so are words of the later languages that fold to a common word of another one: Lithuanian `visa`
 * (Swedish `visa`, show), Slovenian `uniči` (Italian `unici`), Croatian `sve` (Czech `své`), Irish
 * `ná` (the article `na`), Luxembourgish `läsch` (German `lasch`: only `läschen`, `läscht` and
 * `läsch` before an article are read), Azerbaijani `keş` (the start of Indonesian `kesehatan`),
 * Latin `dele` (Norwegian `dele`, share), Esperanto `forig*` as a stem (Danish `forige`), Samoan
 * `uma` (Portuguese `uma`), Xhosa `cima` alone (Spanish and Portuguese `cima`: only `cima i-`),
 * Kinyarwanda `gute` (German `gute`), Sindhi `ناس` (Arabic `ناس`, people), Tok Pisin `haus`
 * (German `Haus`), Kurmanji `çima` (Portuguese `cima`) and `dîsk` (English `disk`), West Frisian
 * `regels` (Dutch `regels`, lines), Hausa `aika` (Finnish `aika`, time), Papiamento `paga` (Spanish
 * `paga`, pays), Zulu `angazi` (I do not know) beside `engazi` (without her knowing). Registers that
 * write most words in English (Nigerian Pidgin, Tok Pisin, Hindi in Latin letters) are read by their
 * own verbs written with an object pronoun (`delete am`, `band karo`) and by function words. Two
 * words joined by `+` are read as a pair of neighbouring words; an entry of three words is never
 * read.
 *
 * @internal Not part of the public API.
 */

/** Concept bits. */
export const DESTROY = 1 << 0;
export const ALL = 1 << 1;
export const STORE = 1 << 2;
/**
 * Throwaway data (temporary files, caches, build output, old items, the trash, downloads, tests)
 * and parts of a store (a row, a line, a column, a field, a branch, a comment): deleting them is
 * routine.
 */
export const SAFE = 1 << 3;
export const SECRET = 1 << 4;
export const SEND = 1 << 5;
export const REVEAL = 1 << 6;
/** What sets an assistant's frame: system, initial, original, hidden, previous. */
export const SYS = 1 << 7;
export const RULES = 1 << 8;
export const PROMPT = 1 << 9;
export const IGNORE = 1 << 10;
export const DISABLE = 1 << 11;
export const DEFENCE = 1 << 12;
export const LOGS = 1 << 13;
export const CONCEAL = 1 << 14;
export const MALWARE = 1 << 15;
export const MAKE = 1 << 16;
export const PERSON = 1 << 17;
export const FIND = 1 << 18;
export const BULK = 1 << 19;
export const MESSAGE = 1 << 20;
export const FAKE = 1 << 21;
export const REVIEW = 1 << 22;
/** Asking about a thing rather than asking for it: why, explain, difference, legal, risk. */
export const QUESTION = 1 << 23;
/** Defensive acts: protect, prevent, enable, turn on, scan, detect, restore, report. */
export const DEFEND = 1 << 24;
/** A negation just before a verb (`nie zapomnij`, `не забудь`): the verb after it is dropped. */
export const NEG = 1 << 25;
/** A vague place or address (`adresse`, `location`): a person's only with TARGET. */
export const ADDR = 1 << 26;
/** A specific person: a neighbour, an ex, a colleague, a journalist, this woman. */
export const TARGET = 1 << 27;
/** Contacts in an address book: bulk only with ALL. */
export const CONTACTS = 1 << 28;
/** Files, folders and data: their deletion is reported only beside a store or CONCEAL. */
export const FILES = 1 << 29;
/** How to do something (`怎么`, `hogyan`, `bagaimana`): a question about tooling, not an order. */
export const HOW = 1 << 31;

/** Word lists, keyed by concept bit. */
export const CONCEPT_WORDS: ReadonlyArray<readonly [number, string]> = [
  [
    DESTROY,
    `^delet* ^purge* ^wipe ^destru* ^elimin* ^exclu* ^format ^formatt* ^truncat* ^remov* ^shred
^drop ^dropp* ^obliterat* ^erase ^erasing
ja: ドロップし ドロップす デリートし デリートす ワイプし ワイプす パージし パージす
ko: 드롭해 드롭하 드랍해 드랍하 딜리트
ru: задроп* дропни дропнуть дропай вайпни вайпнуть
pl: dropnij dropnąć dropnijcie
cs: dropni dropnout
de: lösch* entfern* mach+platt vernicht* zerstör* formatier* leeren leere+die leere+den leere+das leere+alle
fr: supprim* effac* détrui* formatez formater vider videz vide
es: borra* destruy* formatea* vacía vaciar
it: cancella* distrugg* svuota* formatta* rimuov*
pt: apag* destrua destruir formate formatar exclua excluir trunque truncar esvazie
nl: verwijder* wis wissen wist vernietig* formatteer* leeg
sv: radera* förstör* bort ^töm tömma tömmer formatera*
da: slet slette slettes fjern* ødelæg* formatér formater
no: slett* fjern* ødelegg* formatér
fi: poista* poistet* tuhoa* tyhjennä* tyhjentä* pyyhi* pyyhk*
et: kustuta* kustut* hävita* hävit* vorminda*
hu: töröl* törl* megsemmisít* formáz* kitöröl* letöröl* ürítsd
ro: șterge* șterg* sterge* distruge* distrug* formatează* golește*
pl: usuń* usun* usuw* skasuj* kasuj* wymaż* wymaz* zniszcz* sformatuj* wyczyść*
cs: smaž* smaz* vymaž* vymaz* odstraň* odstran* znič* znic* naformátuj* zformátuj* vyprázdni*
sk: zmaž* zmaz*
ru: удали* удалить удаля* удалени* стереть сотри сотрите уничтож* отформатир* снеси очисти*
uk: видали* видал* знищ* зітри стерти відформатуй*
tr: sil silin silinsin silmek sildir* kaldır* imha* biçimlendir* formatla* boşalt*
el: διαγραψ* διαγραφ* σβησ* σβηστ* καταστρεψ* καταστροφ* μορφοποιησ* φορμαρ* αδειασ*
vi: xoa
id: hapus* menghapus* dihapus* musnah* memusnah* hancurk* menghancurk* buang* kosongkan mengosongkan
ms: padam* memadam*
tl: burahin burahin* binura* sirain sinira* alisin bura tanggal
sw: futa futeni kufuta ondoa kuondoa haribu kuharibu
he: מחק* מחוק* תמחק* השמד* פרמט* הסר* רוקן
ar: احذف* حذف* امسح* دمر* تدمير* افرغ* تهيئة هيئ*
fa: حذف* نابود* پاک* فرمت*
ur: ڈیلیٹ* مٹا* تباہ*
hi: हटा* मिटा* डिलीट* नष्ट* फॉर्मेट* फ़ॉर्मेट*
bn: মুছ* ডিলিট* ধ্বংস* সরিয়*
th: ลบ ทำลาย ฟอร์แมต ล้างข้อมูล
ja: 削除 消去 消して 消す 破壊 フォーマット 初期化
zh: 删除 刪除 删掉 刪掉 清空 销毁 銷毀 格式化 擦除 抹掉
ko: 삭제 지워 지우 파괴 포맷 초기화 비워 비우
lb: läschen läscht läsch+déi läsch+d läsch+all läsch+alles läsch+mir
be: выдалі* сатры сцеры знішчы* ачысці*
eo: forigu forigi forigas forviŝu forviŝi detruu detrui malplenigu
oc: suprimir suprimís suprimissètz escafa escafar escafatz
gd: sguab+às sgrios*
br: dilamit diverkit distruj*
fo: strika strikið strikar
ht: efase detwi siprime
pcm: comot commot delete+am clear+am wipe+am
tpi: rausim bagarapim
yue: 刪咗 删咗 剷走 刪走 删走 刪晒 删晒 剷晒 剷除
hi-latn: mita mitao mitado hatao hatado
arz: امسحلي شيل شيلي
ary: mse7 msa7 ms7 mseh 7ayed 7iyed
ky: өчүр* жок+кыл
tg: ҳазф* нобуд
tt: өчер* сөрт* юк+ит
ba: юйығыҙ юйырға юй юҡ+ит
tk: poz pozuň pozmak pozuň
ug: ئۆچۈر* يوقات*
or: ଡିଲିଟ* ବିଲୋପ* ହଟା* ଲିଭା* ନଷ୍ଟ*
sd: ڊليٽ* ميٽ*
yi: אויסמעק* מעק פארניכט* אויסוויש*
ku: سڕینەوە لابەرە تێکبدە
ps: ورانه پاک+کړه حذف+کړه
ig: bibie wepụ kpochapụ
xh: susa
sn: dzima dzimai bvisa paradza
rw: siba sibanganya senya kuraho
ln: longola bebisa pangusa
ceb: papasa papasaa tangtanga tangtangon guba
mi: mukua whakakorea ukuia
sm: soloi faaleaga aveese
mg: fafao esory ravao
qu: chinkachiy thuniy qichuy
xh: cima+i cima+ii`,
  ],
  [
    ALL,
    `de: alle alles allen aller gesamt* komplett* vollständig* ganze ganzen sämtlich* jede jeden jedem jeder jedes
fr: tout tous toute toutes entier entière entièrement complètement chaque
es: todo todos toda todas entero entera completo completa completamente cada
it: tutto tutti tutta tutte intero intera completamente ogni
pt: tudo inteiro inteira todos todas toda cada
nl: alle alles hele geheel volledig* compleet elke
sv: alla allt hela samtliga fullständigt varje
da: alt hele samtlige
fi: kaikki* kaikk* koko kokonaan
et: kõik kõiki kõigi kogu täielikult
hu: összes* minden* mindet teljes* egész*
ro: tot toate toți întreg* întreaga
pl: wszystk* cała całą cały całe całej całego całkowicie każd*
cs: všechn* vše všechno celou celý celá celé kompletně úplně každ*
sk: všetk* celú
ru: все всех весь всю вся полностью целиком целую кажд*
uk: всі усі усе весь всю повністю цілком
tr: tüm tümü bütün hepsi* tamamen tamamı
el: ολα ολη ολο ολους ολες ολων ολοκληρ* εντελως
vi: tat toan
id: semua seluruh* segala setiap
tl: lahat buong
sw: yote wote zote kabisa
he: כל הכל כולם לגמרי כולה לכל
ar: كل جميع* كامل* بالكامل
fa: همه همهٔ تمام* كامل هر
ur: سب سارے پورا مکمل
hi: सभी सब सारे सारा पूरा पूरी संपूर्ण सम्पूर्ण हर
bn: সব সমস্ত সম্পূর্ণ পুরো সকল
th: ทั้งหมด ทุกไฟล์ ทุกเครื่อง
ja: 全て すべて 全部 完全に
zh: 所有 全部 整个 整個 一切 全都
ko: 모든 모두 전체 전부 완전히 마다
lb: alleguer sämtlech
gsw: sämtlichi
be: усе усё усіх увесь усю цалкам кожн*
eo: ĉiujn ĉiuj ĉion ĉiu tutan tuta komplete
la: omnia omnes totam totum
oc: totas
br: holl
fo: allar allir øll
tpi: olgeta
yue: 刪晒 删晒 剷晒 成個 全部都
hi-latn: saare saara sabhi sab poora poori
lou: tou
ary: kolchi koulchi ga3 gaa3
ky: бардык* баары*
tg: ҳамаи тамоми пурра
tt: барлык* бөтен* һәммә*
ba: бөтә* барлыҡ*
tk: ähli hemmesi hemme
ug: بارلىق* ھەممە*
or: ସମସ୍ତ ସବୁ ସମ୍ପୂର୍ଣ୍ଣ
sd: سڀ* سمورو سمورا سموري
yi: אַלע אַלץ גאַנצע
ig: ha+niile
xh: zonke yonke lonke
sn: zvose zvese yose dzose
rw: byose zose cyose
ln: nyonso nionso
ceb: tanan tibuok
mi: katoa
sm: atoa
mg: rehetra manontolo
qu: llapan tukuy
sd: سڀني`,
  ],
  [
    STORE,
    `^sda ^sdb ^nvme0n1 ^hda ^vda
^server* ^database* ^backup* ^cluster* ^bucket* ^namespace* ^repo ^repos ^repository ^production ^snapshot* ^depot ^depots
^prod ^disk ^disks ^sql ^mysql ^postgres* ^mongodb ^s3 ^volume* ^partition* ^filesystem ^nas
de: datenbank* produktion* sicherung* festplatt* laufwerk* schlüsselbund*
fr: sauvegarde* disque* serveur* dépôt trousseau
es: respaldo* servidor* disco discos producción repositorio* copias llavero
it: produzione portachiavi
pt: produção cópias repositório* chaveiro
nl: schijf* productie* sleutelhanger*
sv: ^databas* servern servrar produktion* säkerhetskopi* nyckelring* disken hårddisk*
da: sikkerhedskopi*
no: produksjon* sikkerhetskopi*
fi: tietokan* palvelim* varmuuskopi* tuotanto* kovalevy*
et: andmebaas* varukoopi* tootmis* ketas ketta*
hu: adatbázis* szerver* mentés* lemez* meghajt*
ro: baza* bazei producție de+rezervă
pl: bazę bazy serwer* zapasow* dysk* produkcj* repozytori* pęku pęk
cs: databáz* záloh* produkč* produkce repozitář* klíčenk*
sk:
ru: баз* сервер* резервн* бэкап* диск* продакшн* продакшен* прод репозитори*
uk: сервер* резервн* бекап* диск* продакшн репозитор*
tr: veritaban* sunucu* yedek* üretim* depo depoyu depoda depodan depodaki depolar*
el: διακομιστ* αντιγραφα δισκ* παραγωγ* βαση+δεδομενων βασης+δεδομενων βασεις+δεδομενων
vi: may+chu san+xuat co+so sao+luu
id: cadangan produksi repositori
ms: pangkalan sandaran
sw: hifadhidata seva nakala diski uzalishaji
he: שרת* גיבוי* דיסק* מאגר* מסד
ar: خادم* سيرفر* احتياط* قرص* انتاج* مستودع* قاعدة+البيانات قواعد+البيانات
fa: سرور* پشتيبان* ديسك* مخزن* پايگاه كيچين
ur: سرور* ڈسک* پروڈکشن*
hi: डेटाबेस* सर्वर* बैकअप* डिस्क* प्रोडक्शन* कीचेन
bn: ডাটাবেস* ডেটাবেস* সার্ভার* ব্যাকআপ* ডিস্ক* প্রোডাকশন*
th: ฐานข้อมูล เซิร์ฟเวอร์ แบ็คอัพ สำรองข้อมูล ดิสก์
ja: データベース サーバー サーバ バックアップ ディスク 本番 リポジトリ キーチェーン
zh: 数据库 數據庫 資料庫 服务器 伺服器 服務器 备份 備份 硬盘 硬碟 磁盘 生产环境 生產環境 仓库 倉庫 钥匙串 鑰匙圈
ko: 데이터베이스 서버 백업 디스크 운영 프로덕션 저장소 키체인
be: база+даных базу+даных базы+даных рэзервов* вытворч*
eo: datumbaz* servil* sekurkopi* produktad*
gd: stòr+dàta frithealai* fhrithealai*
br: diaz+roadennoù servijer*
fo: dátugrunn* ambætar* trygdarrit*
ht: baz+done sèvè
ky: маалымат+базасы маалыматтар+базасы маалымат+базасын маалыматтар+базасын маалымат+базасындагы
tg: пойгоҳи+маълумот пойгоҳи+маълумоти пойгоҳи+маълумотҳо махзани+маълумот махзани+маълумоти
tt: мәгълүмат+базасы мәгълүматлар+базасы мәгълүмат+базасын мәгълүматлар+базасын
ba: мәғлүмәттәр+базаһы мәғлүмәт+базаһы мәғлүмәттәр+базаһын мәғлүмәт+базаһын
tk: maglumat+bazasy maglumatlar+bazasy maglumat+bazasyny maglumatlar+bazasyny serwer*
ug: ساندان* مۇلازىمېتىر*
or: ଡାଟାବେସ* ଡାଟାବେସ୍* ସର୍ଭର* ବ୍ୟାକଅପ*
sd: ڊيٽابيس*
yi: דאַטנבאַז* סערווער*
so: kaydka keydka
ig: nchekwa*
xh: iseva
rw: ububiko seriveri
jv: basis+data
mi: pātengi+raraunga tūmau
mg: tahiry`,
  ],
  [
    FILES,
    `^data dateien verzeichnisse daten données fichiers datos archivos carpeta* archivio dati cartella* dados arquivos fichier bestanden gegevens* filer filerna mapp mappen mappar filerne mappen mapperne filene tiedosto* failid faile failide fájl* adatok* adatai* fișier* fisier* danych dane plik* soubory souborů súbor* данных данные файл* даних дані файл* dosya* veri veriler verileri verilerini δεδομεν* αρχεια αρχειων lieu tep berkas* faili נתונ* קבצ* بيانات* ملفات* ملف داده* فايل* ڈیٹا* فائل* डेटा* फाइल* ডেটা* ফাইল* ข้อมูล ไฟล์ データ ファイル 数据 數據 資料 文件 檔案 데이터 파일
lb: fichieren dateien
gsw: dateie
be: даныя дадзеныя даных файлы
eo: dosier* datumoj datumojn
oc: donadas fichièrs
gd: faidhl*
br: restroù roadennoù
ht: fichye
ky: маалымат*
tg: маълумот*
tt: мәгълүмат*
ba: мәғлүмәт*
tk: faýl* maglumat*
ug: ھۆججەت*
or: ଫାଇଲ* ଡାଟା* ତଥ୍ୟ*
sd: فائل* ڊيٽا*
yi: טעקעס טעקע דאַטן
ku: فایل* پەڕگە*
ps: فایلونه معلومات
so: xogta faylal*
ig: faịlụ
xh: iifayile ifayile idatha
sn: mafaira faira
rw: amadosiye dosiye amakuru
mi: kōnae raraunga
mg: rakitra angona`,
  ],
  [
    SAFE,
    `^test ^tests ^testing ^row ^rows ^line ^lines ^column ^branch ^field
de: zeile* spalte* zelle* feld* eintrag* kommentar* wort* leerzeichen absatz* zweig* papierkorb* downloads test*
fr: ligne* colonne* cellule* champ* entrée* branche* commentaire* mot espaces paragraphe* corbeille* téléchargement*
es: fila* línea* columna* celda* campo* entrada* rama* ramas comentario* palabra* espacios párrafo* papelera* descargas prueba*
it: riga* righe colonna* cella* campo* ramo* rami commento* parola* spazi paragrafo* cestino*
pt: linha* coluna* célula* campo* ramo* comentário* palavra* espaços parágrafo* lixeira* transferências
nl: rij rijen kolom* cel veld* opmerking* woord* spaties alinea* prullenbak*
sv: rad raden rader kolumn* fält* gren* ord mellanslag stycke* papperskorg*
da: række* linje* kolonne* felt* gren* ord papirkurv*
no: linje* kolonne* felt* gren* papirkurv*
fi: rivi* sarake* solu* kenttä* haara* kommentti* sana sanan sanat sanoja välilyön* roskakori*
et: rida* rea veerg* lahter* haru* kommentaar* prügikast*
hu: sor sorát sorok* oszlop* mező* ág ágat megjegyzés* szó szóköz* lomtár*
ro: rând* coloan* celul* câmp* ramur* comentari* cuvânt* coș
pl: wiersz* kolumn* komórk* pole pola gałąź* gałęzi* komentarz* słowo* spacj* kosz* pobrane
cs: řádek řádky řádku sloupec* sloupc* buňk* pole větev* větve komentář* slovo* mezer* koš koše koši košem stažené
sk: riadok* stĺpec* vetv* kôš
ru: строк* столбц* столбец ячейк* поле ветк* комментари* слово пробел* корзин* загрузок загрузки
uk: рядок рядки рядка стовпц* клітинк* поле гілк* коментар* слово пробіл* кошик*
tr: satır* sütun* hücre* alan* dal dalı kelime* boşluk* çöp çöpü çöpe çöpteki çöptekileri çöpünü indirilenler
el: γραμμη* στηλη* κελι* πεδιο* κλαδο* σχολιο* καδο*
vi: dong cot rac
id: baris* kolom* sel cabang* komentar* kata spasi sampah unduhan
ms: lajur* cawangan* sampah
tl: hilera linya basurahan
sw: mstari safu taka
he: שורה* שורות עמודה* שדה* ענף* ענפ* הערה* אשפה
ar: سطر* صف* عمود* خلية* حقل* فرع* فروع تعليق* المهملات
fa: سطر* ستون* فيلد* شاخه* زباله*
ur: سطر* کالم*
hi: पंक्ति* कॉलम* लाइन*
bn: সারি* লাইন* কলাম*
th: แถว บรรทัด คอลัมน์ ถังขยะ
ja: の行 行を 列を ブランチ コメント ゴミ箱 ダウンロード
zh: 一行 这行 分支 注释 註解 回收站 下载 下載
ko: 행을 마지막 행 열을 브랜치 주석 휴지통 다운로드
^old ^older ^stale ^obsolete ^unused
de: alte alten älter* veraltet* ungenutzt* verwaist*
fr: ancien* anciens vieux obsolète* orphelin*
es: antigu* viej* obsolet* huérfan*
it: vecchi* obsolet* inutilizzat* orfan*
pt: antig* velh* órfã órfãs órfão órfãos
nl: oude ouder* verouderd*
sv: gamla äldre
da: gamle ældre
no: gamle eldre
fi: vanha* vanho* vanhemm*
et: vanad vanemad
hu: régi régit régiek régieket régebbi*
ro: vechi*
pl: stare starsze starych nieużywan*
cs: staré starší starých nepoužívan*
ru: старые старых старше устаревш*
uk: старі старих застарі*
tr: eski*
el: παλι*
id: lama usang
sw: muda
ja: 古い
he: ישן ישנה ישנים ישנות
ar: قديم*
fa: قديمي*
hi: पुरानी पुराने पुराना
vi: cu
zh: 旧的 舊的 旧日志 舊日誌 旧文件 舊檔案 过期 過期
ko: 오래된
^temp ^tmp ^cache* ^build ^dist ^node_modules ^draft* ^duplicate*
de: temporär* zwischenspeicher* entwurf* duplikat*
fr: temporaire* brouillon* doublon*
es: temporal* temporales borrador* duplicad*
it: temporane* bozza* bozze duplicat*
pt: temporári* rascunho* duplicad*
nl: tijdelijk*
sv: tillfällig*
da: midlertidig*
no: midlertidig*
fi: väliaikai* välimuist*
et: ajutis* vahemälu*
hu: ideiglenes* gyorsítótár*
ro: temporar*
pl: tymczasow* podręczn*
cs: dočasn* mezipamě*
sk: dočasn*
ru: временн* кэш* кеш*
uk: тимчасов* кеш*
tr: geçici* önbellek*
el: προσωριν*
id: sementara
tl: pansamantala
he: זמני* מטמון*
ar: مؤقت*
fa: موقت*
ur: عارضی*
hi: अस्थायी* कैश*
bn: অস্থায়ী* ক্যাশ*
th: ชั่วคราว แคช
ja: 一時 キャッシュ
zh: 临时 臨時 缓存 快取
ko: 임시 캐시
^debug ^verbose ^sandbox* ^staging ^local ^localhost
fr: test tests teste essai* locale
es: pruebas local
it: prova prove locale
pt: teste testes
nl: testomgeving*
sv: testmiljö*
pl: testow* lokaln*
cs: testovací* testovac* lokální*
ru: тестов* тестир* локальн*
uk: тестов* тестуван* локальн*
tr: yerel
el: δοκιμαστικ* δοκιμη τοπικ*
id: uji pengujian lokal
he: בדיקה* בדיקות* מקומי*
ar: اختبار* تجريبي* محلي*
fa: تست* ازمايشي* محلي
hi: टेस्ट* परीक्षण*
ja: テスト ローカル
zh: 测试 測試 本地
ko: 테스트 로컬
be: кэш* часовыя
eo: kaŝmemor* provizor*
ht: tanporè
or: କ୍ୟାଶ* ଅସ୍ଥାୟୀ*`,
  ],
  [
    SECRET,
    `^password* ^passwd ^token* ^apikey ^cookie* ^keychain ^credentials ^ssh ^otp ^2fa ^secret ^secrets ^kubeconfig* ^kube
de: passwort* passwört* kennwort* zugangsdaten* anmeldedaten* schlüssel*
fr: passe identifiant* jeton* clé clés
es: contraseña* clave claves credencial* secreto
it: credenziali* chiave* chiavi segreto
pt: senha* credenciais chave chaves segredo
nl: wachtwoord* inloggegevens* sleutel* geheim
sv: lösenord* inloggningsuppgift* nyckel* nycklar hemligheten
da: adgangskode* kodeord* nøgle*
no: passord* nøkkel* nøkler
fi: salasan* tunnukset tunnuksia avain* avaime* salaisuu*
et: parool* salasõna* võtme* võti
hu: jelszav* jelszó* hitelesítő* kulcs*
ro: parol* ^credențial* cheie* cheile chei secretul secretele
pl: hasł* logowani* klucz* poświadcz* sekret*
cs: hesl* přihlašovací* klíč*
sk: kľúč*
ru: парол* учетн* ключ* токен* куки
uk: парол* обліков* ключ* токен*
tr: şifre* parola* anahtar*
el: κωδικους κωδικοι κωδικων συνθηματικ* διαπιστευτηρι* κλειδ*
vi: mat+khau
id: sandi kredensial*
ms: laluan
sw: nenosiri nywila funguo
he: סיסמ* טוקן* הסוד
ar: مرور اعتماد مفتاح* مفاتيح السر
fa: رمز* گذرواژه* كليد* سكرت
ur: پاسورڈ*
hi: पासवर्ड* कुंजी क्रेडेंशियल* टोकन* सीक्रेट
bn: পাসওয়ার্ড* চাবি
th: รหัสผ่าน โทเค็น คุกกี้
^env ^dotenv ^id_rsa ^id_ed25519 ^htpasswd ^netrc ^pgpass ^npmrc ^pypirc ^access_key* ^secret_key* ^secret_access* ^api_key* ^apikey* ^private_key*
^client_secret* ^aws_secret* ^aws_access* ^aws_session* ^github_token* ^gh_token ^npm_token* ^azure_client_secret*
ja: パスワード 認証情報 秘密鍵 トークン クッキー キー シークレット
zh: 密码 密碼 密钥 密鑰 凭据 憑據 凭证 憑證 私钥 私鑰 令牌 口令
ko: 비밀번호 암호 자격증명 자격 증명 토큰 쿠키 시크릿 키를 키와
lb: passwierder schlëssel*
be: паролі пароль ключы
bs: šifre šifru šifri
eo: pasvort* ŝlosil*
oc: senhal senhals
gd: facal+faire faclan+faire iuchair*
br: gerioù+tremen ger+tremen
fo: loyniorð*
ht: modpas
arz: باسورد* الباسوردات
ky: сырсөз* ачкыч*
tg: рамзҳо калид*
tt: серсүз* ачкыч*
ba: серһүҙ*
tk: açar açarlary açarlaryny parollary
ug: پارول*
or: ପାସୱାର୍ଡ* ପାସୱର୍ଡ*
sd: پاسورڊ*
yi: פאַסווארט* פאַסווערטער שליסלען
ku: پاسۆرد* وشەی+نهێنی وشە+نهێنییەکان
ig: okwuntughe paswọọdụ
xh: iphasiwedi iiphasiwedi
rw: ijambobanga amagambobanga
mi: kupuhipa
sm: upu+faalilolilo
mg: teny+miafina tenimiafina
qu: pakasqa+simi`,
  ],
  [
    SEND,
    `^send ^upload* ^transf* ^exfiltr* ^mail ^forward
mass: рассылк* розсилк* massutskick* masseudsend* masseutsend* joukkoviest* 群发 群發 一斉送信
de: sende senden sendet schick* verschick* übermittel* übermittl* übertrag* hochlad* weiterleit* leite+weiter lade+hoch lad+hoch
fr: envo* télévers* transmet* expédie*
es: envía* enviar envíe manda mandar mándame sube subir súbel* reenvía*
it: invia* inviare carica* inoltra* trasferisc* mandale invii
pt: envie enviar encaminh* carregue transfira mande mandar dispare
nl: stuur* verstuur* verzend* doorstur*
sv: skicka* vidarebefordr* överför* mejla
da: sende videresend* overfør*
no: sende videresend* overfør*
fi: lähetä* lähet* siirrä* lataa*
et: saada saatke saatma edasta*
hu: küld* elküld* továbbít* feltölt* átküld*
ro: trimite* trimit* încarcă* încarc*
pl: wyślij* wyslij* wysył* prześlij* przesł* wrzuć* udostępnij* roześlij* rozsył* rozesł*
cs: pošli pošlete poslat pošleš odešli* odesl* nahraj* přepošli* přenes* posílá posílat
sk: odošli* nahraj*
ru: отправ* пошли вышли перешли разошли* разосл* загрузи выгрузи* слей слить передай* передать скинь
uk: надішли* надісл* відправ* пересл* передай* розішли* розісл* розсил*
tr: gönder* yolla* yükle* ilet iletin aktar*
el: στειλε* στειλ* αποστολ* ανεβασ* προωθησ* μεταφερ*
vi: gui chuyen
id: kirim* mengirim* dikirim* unggah* mengunggah* terusk* sebark*
ms: hantar* menghantar*
tl: ipadala* padala* magpadala* ipasa*
sw: tuma tumeni nitumie pakia peleka*
he: שלח* תשלח* שלוח* העבר* העל* שולח*
ar: ارسل* ارسال* ابعث* ارفع* انقل* يرسل*
fa: بفرست* فرستاد* ارسال* اپلود*
ur: بھیج* ارسال*
hi: भेज* अपलोड* फॉरवर्ड*
bn: পাঠা* আপলোড* ফরোয়ার্ড*
th: ส่ง อัปโหลด อัพโหลด
ja: 送信 送って 送る 送れ アップロード 転送 送付 メールして
zh: 发送 發送 发给 發給 发到 發到 上传 上傳 转发 轉發 传给 傳給 寄给
ko: 보내 전송 업로드 전달
gsw: schicked schickid
be: адпраў* дашлі* перашлі*
eo: sendu alŝutu plusendu
la: transmitte mittas
oc: mandatz manda mandar
gd: luchdaich+suas
br: kasit kasañ
fo: sendið
ht: voye
rcf: anvoy anvoye anvoi
pcm: send+am
tpi: salim+ol salim+i salim+dispela
yue: 寄畀 發畀 发畀 傳畀 传畀 寄俾 發俾 发俾 傳俾 传俾 send畀
hi-latn: bhej bhejo bhejdo
arz: ابعت* ابعتلي
ary: sifet siftli seft sift sifto
ky: жөнөт* жибер*
tg: фирист*
tt: җибәр*
ba: ебәр*
tk: iber iberiň ibermek ugrat*
ug: ئەۋەت*
or: ପଠା*
sd: موڪل*
yi: שיק שיקט שיקן
ku: بنێرە بنێر* ناردن
ps: ولېږئ واستوئ
so: u+dir dirso
ig: zigara
sn: tumira tumirai
rw: ohereza ohereze
ln: tinda tindela
jv: kirim kirimen
mi: tukuna
sm: lafo auina
mg: alefaso alefa andefaso
qu: apachiy apachimuy kachay
be: разашлі*
my: ပို့ပေး ပို့ပါ ပို့လိုက်`,
  ],
  [
    REVEAL,
    `^print ^dump ^output ^revel*
de: zeig* ausgeb* gib+aus offenbar* verrat* wiederhol* nenne ^lies exportiere* druck drucke
fr: montre* affiche* révèle* répète* imprime* donne extrais exporte
es: muestr* revela* repite* repetir imprime* dime enséñame vuelca exporta extrae* extraer
it: mostra* rivela* ripeti* stampa* dimmi estrai* esporta* stampi
pt: mostr* repita imprima* diga exporte exportar
nl: toon onthul* herhaal* haal exporteer*
sv: visa avslöja* upprepa* dumpa* exportera*
da: vis afslør* gentag*
no: vis avslør* gjenta*
fi: näytä* paljasta* tulosta*
et: näita* näidake paljasta* prindi*
hu: mutasd mutassa mutasson áruld* ismételd* ismétel* nyomtat*
ro: arată* dezvăluie* repetă* afișează* afiseaza*
pl: pokaż* pokaz* ujawnij* ujawn* powtórz* wypisz* wyświetl* wydrukuj* zrzuć* wyciągnij*
cs: ukaž* ukaz* zobraz* prozraď* zopakuj* vypiš* vytiskni* vytáhni* vyexportuj*
sk: prezraď*
ru: покаж* выведи* раскрой* повтори* распечатай* напечатай* выдай
uk: покажи* виведи* розкрий* повтори* надрукуй*
tr: göster* ifşa* tekrarla* yazdır*
el: δειξ* αποκαλυψ* επαναλαβ* τυπωσ* εμφανισ*
vi: hien
id: tampilk* tunjukk* ungkapk* ulangi* cetak* ambil ekspor* mencetak
ms: dedahk*
tl: ipakita* pakita* ulitin ibunyag*
sw: onyesha* rudia fichua*
he: הצג* תראה* חשוף* הדפס* שלוף ייצא
ar: اعرض* اظهر* اكشف* كرر* اطبع* استخرج* صدر
fa: نشان* نمايش* فاش* تكرار* چاپ* دربياور
ur: دکھا* ظاہر* دہرا*
hi: दिखा* बताओ बताइए दोहरा* निकाल* एक्सपोर्ट*
bn: দেখা* প্রকাশ* পুনরাবৃত্তি*
th: แสดง เปิดเผย พิมพ์ ทวน
ja: 表示 見せて 出力 繰り返 明かして 公開 書き出して エクスポート
zh: 显示 顯示 展示 告诉我 告訴我 输出 輸出 重复 重複 泄露 洩露 透露 打印 导出 導出
ko: 보여 알려 출력 반복 공개 뽑아 내보내
be: пакажы* выведзі
eo: montru presu
tpi: soim
yue: 顯示晒 显示晒
hi-latn: dikhao dikhado
ky: көрсөт*
tg: нишон+диҳ нишон+диҳед
tt: күрсәт*
ba: күрһәт*
tk: görkez*
or: ଦେଖାଅ ଦେଖାନ୍ତୁ
sd: ڏيکار*
yi: ווייז ווײַז
ku: پیشان+بدە نیشان+بدە`,
  ],
  [
    SYS,
    `^system* ^initial* ^original* ^windows ويندوز ويندوزي
de: ursprünglich* anfänglich* vorherig* vorige* obige* versteckt*
fr: système* précédent* cachée cachées
es: sistema* anterior* ocult*
it: iniziali* originali* precedent* nascost* sistema
pt: sistema* anterior* ocult*
nl: systeem* oorspronkelijk* eerdere vorige verborgen
sv: ursprungliga* tidigare föregående* dolda
da: oprindelig* tidligere forrige skjult*
no: opprinnelig* tidligere forrige skjult*
fi: järjestelmä* alkuperäi* aiemm* edelli* piilo*
et: süsteemi* algse* eelmis* varasem* peidetud*
hu: rendszer* eredeti* korábbi* előző* rejtett*
ro: sistem* ^inițial* anterioar* ascuns*
pl: systemow* początkow* oryginaln* poprzedni* ukryt* wcześniejsz*
cs: systémov* počáteční* původní* předchozí* skryt*
sk: pôvodn* predchádzaj*
ru: системн* системы систему исходн* первоначальн* изначальн* предыдущ* скрыт* начальн*
uk: системн* системи систему початков* попередн* прихован* вихідн*
tr: sistem* başlangıç* orijinal* önceki* gizli*
el: συστηματ* αρχικ* προηγουμεν* κρυφ*
vi: he+thong truoc
id: awal asli sebelumnya tersembunyi*
tl: orihinal nakaraan* nakatago
sw: mfumo awali zilizopita iliyopita
he: מערכת* מקורי* קודמ* נסתר* ראשונ*
ar: نظام* اصلي* سابق* مخفي* اولي*
fa: سيستم* اصلي قبلي* پنهان* اوليه
ur: سسٹم* پچھل* پوشیدہ ابتدائی
hi: सिस्टम* मूल पिछल* छिपे छिपा छिपी प्रारंभिक
bn: সিস্টেম* মূল আগের পূর্ববর্তী* লুকানো প্রাথমিক*
th: ระบบ ก่อนหน้า ซ่อน เริ่มต้น ต้นฉบับ
ja: システム 初期 元の 以前の 前の 隠れた 隠し
zh: 系统 系統 初始 原始 之前的 先前 隐藏 隱藏 以上
ko: 시스템 초기 원래 이전 숨겨진 위의`,
  ],
  [
    RULES,
    `^instruc* ^restric* ^directive* ^guideline* ^regul*
de: anweisung* regeln richtlinie* einschränkung* vorgab* beschränkung* sicherheitsrichtlinie* sicherheitsregel* inhaltsrichtlinie*
fr: règle* consigne*
es: instruccion* regla* normas directriz* directrices pautas
it: istruzion* regole regola restrizion* limitazion* direttiv* guida
pt: ^instruç* regras regra diretriz* ^restriç*
nl: instructie* richtlijn* beperking* veiligheidsrichtlijn*
sv: instruktion* regler reglerna riktlinje* begränsning* säkerhetsriktlinje*
da: reglerne retningslinje* begrænsning*
no: instruksjon* reglene retningslinje* begrensning*
fi: ohje* sääntö* säännö* rajoitu* rajoituks*
et: juhis* reegl* piirang*
hu: utasítás* szabály* irányelv* korlátozás*
ro: instrucțiun* reguli* ^restricți* ghiduri*
pl: instrukcj* zasad* ograniczen* wytyczn*
cs: instrukc* pravidl* pokyn* omezení* zásad*
sk: inštrukci* obmedzen*
ru: инструкци* правил* указани* ограничени* директив*
uk: інструкці* правил* вказівк* обмежен* настанов*
tr: talimat* kural* yönerge* kısıtlama*
el: οδηγι* κανονες κανονων κανονα περιορισμ*
vi: huong+dan quy+tac
id: instruksi* aturan* peraturan* pedoman* batasan*
ms: arahan*
tl: tagubilin* patakaran* panuntunan* alituntunin*
sw: maagizo maelekezo sheria kanuni vikwazo
he: הורא* כללים הנחי* מגבל*
ar: تعليمات* قواعد* ارشادات* قيود اوامر
fa: دستورالعمل* دستورات* قوانين* قواعد* محدوديت*
ur: ہدایات* قواعد* اصول پابندی*
hi: निर्देश* नियम* दिशानिर्देश* प्रतिबंध*
bn: নির্দেশ* নিয়ম* বিধিনিষেধ*
th: คำสั่ง กฎ แนวทาง ข้อจำกัด
ja: 指示 ルール 規則 指針 ガイドライン 制限 命令
zh: 指令 指示 规则 規則 准则 準則 限制 命令
ko: 지시 지침 규칙 제한 명령`,
  ],
  [
    PROMPT,
    `^prompt* ^systemprompt* ^jailbreak*
de: systemanweisung* systemprompt*
hu: rendszerutasítás* rendszerprompt*
ru: промпт* промт*
uk: промпт*
he: פרומפט*
ar: موجه*
fa: پرامپت*
hi: प्रॉम्प्ट*
ja: プロンプト
zh: 提示词 提示詞 系统提示 系統提示
ko: 프롬프트`,
  ],
  [
    IGNORE,
    `^ignore ^ignoring ^ignora* ^disregard* ^override*
de: ignorier* vergiss* vergessen missacht* überschreib*
fr: oublie* outrepass*
es: olvid* omiso
it: dimentica* trascura*
pt: esqueça* esquec* desconsider*
nl: negeer* vergeet* vergeten
sv: ignorera* glöm glömma
da: ignorer* glem*
no: ignorer* glem*
fi: ohita* unohda* huomiotta sivuuta*
et: ignoreeri* unusta* eira*
hu: figyelmen felejtsd* elfelejt* ignoráld*
ro: uită* nesocoti*
pl: zignoruj* ignoruj* zapomnij* pomiń*
cs: ignoruj* zapomeň* nevšímej* přehlížej*
sk: zabudni*
ru: игнорир* проигнорир* забудь* пренебрег*
uk: ігнор* проігнор* забудь* зважай
tr: yoksay* görmezden* unut unutun
el: αγνοησ* αγνοει* ξεχασ* παραβλεψ*
vi: quen phot
id: abaikan* lupakan* hiraukan*
tl: pansinin kalimutan* balewala*
sw: puuza* sahau*
he: התעלם* תתעלם* שכח*
ar: تجاهل* انس انسى تناس*
fa: ناديده* فراموش*
ur: نظرانداز* بھول*
hi: अनदेखा* भूल* नजरअंदाज*
bn: উপেক্ষা* ভুলে* অগ্রাহ্য*
th: เพิกเฉย ลืม
ja: 無視
zh: 忽略 忽视 忽視 无视 無視
ko: 무시 잊어 잊고`,
  ],
  [
    DISABLE,
    `^disabl* ^deactivat* ^uninstall* ^bypass*
ko: 언인스톨
ru: выруби* вырубай вырубать
de: deaktivier* abschalt* ausschalt* schalte+aus schalt+aus schalte+ab schalt+ab mach+aus deinstallier* umgehe umgehen umgeht stoppe ausgesetzt
fr: désactive désactiver désactivez désactivons désactive-le désactivez-le arrête* désinstall* contourn* éteins éteindre suspendu suspendre
es: desactiva desactivar desactive desactiven desactivad desactívalo desactivalo desactívala desactivala desactívalos desactivarlo desactivarla apaga apagar apague apaguen apágalo apagalo detén detener desinstala desinstalar desinstale suspendido suspende suspender
it: disattiv* spegni* disinstall* aggira* sospeso sospendi
pt: desative desativar desativa desativem desativad* desativá-lo desativa-lo desliga* contorna* suspendeu suspender suspenda
nl: uitschakel* uitzetten zet+uit schakel+uit deactiveer* omzeil* deinstalleer* opgeschort
sv: inaktivera* avaktivera* stäng stänga* stoppa* avinstallera* kringgå stängt
da: deaktiver* sluk slukke afinstaller* omgå
no: deaktiver* avinstaller* omgå
fi: käytöstä sammuta* pysäytä* lopeta* päältä
et: keela* keelata välja peata* desinstalli*
hu: kikapcsol* kapcsold kapcsolja letilt* tiltsd* megkerül* deaktivál*
ro: dezactiv* oprește* opri* dezinstal* ocolește*
pl: wyłącz* wylacz* dezaktywuj* zatrzymaj* odinstaluj* obejdź* zawiesi*
cs: vypni* vypnout deaktivuj* zastav* odinstaluj* obejdi* pozastav*
sk: vypnúť odinštaluj*
ru: отключи* отключ* выключи* выключ* деактивир* останови* обойди* выруби* деинсталл* приостанови*
uk: вимкни* вимкн* відключи* відключ* деактив* зупини* обійди*
tr: dışı kapat* durdur* atlat*
el: απενεργοποι* κλεισε σταματ* παρακαμψ* απεγκαταστ*
vi: tat
id: nonaktif* menonaktif* matikan* mematikan* hentikan* lumpuh* melumpuhk* menangguhkan tangguhkan
ms: nyahaktif* padamkan
tl: patayin ihinto* patay
sw: zima zimisha lemaza* sitisha* kwepa*
he: השבת* כבה* כבות* עצור עקוף נטרל* השעה
ar: عطل* تعطيل* اوقف* ايقاف* اطفئ* تجاوز* تعليق
fa: غيرفعال* خاموش* متوقف* معلق
ur: غیرفعال* بند*
hi: बंद* निष्क्रिय* अक्षम* अनइंस्टॉल* निलंबित
bn: বন্ধ* নিষ্ক্রিয়* আনইনস্টল*
th: ปิด หยุด ถอนการติดตั้ง ข้าม
ja: 無効 停止 オフに アンインストール 切って 回避 止め
zh: 禁用 关闭 關閉 停用 停止 卸载 卸載 绕过 繞過
ko: 비활성화 꺼줘 끄고 끄기 꺼 중지 정지 우회 중단
lb: deaktivéier*
gsw: usschalte usschalt abschalte abstelle
be: адключы* выключы* абыдзі
eo: malŝaltu malaktivigu
gd: cuir+dheth
ht: dezaktive etenn
tpi: pasim
yue: 熄咗 熄埋 閂咗 閂埋 闩咗 闩埋
hi-latn: band+karo band+kar bandh+karo
arz: اقفل* طفي
ary: tfi tfih
ky: өчүр*
tg: хомӯш*
tt: сүндер*
ba: һүндер*
tk: öçür*
ug: تاقا* ئۆچۈر*
or: ବନ୍ଦ*
sd: بند*
yi: אויסלעש*
ku: بکوژێنەرەوە ناچالاک*
ps: بند+کړه غیرفعال*
so: dami
ig: gbanyụọ
sn: dzima dzimai
rw: zimya hagarika
ceb: palonga palunga
mi: whakawetohia wetohia whakaweto*
mg: vonoy atsaharo
qu: wañuchiy
pcm: off+di off+am
xh: cima+i cima+ii
fo: sløkk*
br: lazhit
ln: boma`,
  ],
  [
    DEFENCE,
    `^rsyslog* ^journald ^syslog-ng ^auditd ^eventlog ^sysmon
^antivirus* ^antivir ^defender ^firewall* ^edr ^siem ^selinux ^apparmor ^ufw ^iptables ^audit* ^auditd
^sentinel ^crowdstrike ^kaspersky ^avast ^eset ^sophos ^mcafee ^norton ^antimalware
de: virenschutz* virenscanner* sicherheit* schutz* echtzeitschutz* überwachung* schutzmaßnahmen
fr: feu sécurité* journalisation
es: cortafuegos seguridad protección* monitoreo* supervisión
it: sicurezza* protezione* monitoraggio*
pt: segurança* proteção* monitoramento*
nl: virusscanner* beveiliging* bescherming* veiligheid* veiligheidsrichtlijn*
sv: brandvägg* säkerhet* skydd skyddet virusskydd* övervakning*
da: sikkerhed* beskyttelse* overvågning*
no: brannmur* sikkerhet* beskyttelse* overvåking*
fi: virustorju* palomuuri* tietoturva* suojau* valvonta* tarkastus*
et: viirusetõrje* tulemüür* turvalisus* turva* kaitse* jälgimi*
hu: vírusirtó* tűzfal* biztonság* védelem* védelm* felügyelet*
ro: paravan* securitate* ^protecți* monitorizar*
pl: antywirus* zapor* bezpieczeństw* ochron* monitorowani* audyt*
cs: ^antivir* bezpečnost* ochran* monitorování*
sk: bezpečnost*
ru: антивирус* брандмауэр* файрвол* фаервол* межсетев* защита защиту защиты защитник* безопасност* аудит* мониторинг*
uk: антивірус* брандмауер* файрвол* захист захисту безпек* аудит* моніторинг*
tr: ^antivirüs* güvenlik* koruma korumayı koruması korumasını korunma* denetim* izleme*
el: αντιικ* τειχος προστασι* ασφαλει* παρακολουθησ*
vi: tuong+lua
id: keamanan* perlindungan* pemantauan*
ms: keselamatan* tembok
sw: usalama ulinzi kinga* ufuatiliaji
he: אנטיוירוס* חומת אבטחה* אבטחת הגנה* הגנת ניטור* בטיחות
ar: مكافح* جدار* حماي* امان* مراقب* تدقيق* سلامة
fa: انتي* فايروال* امنيت* محافظت* حفاظت* نظارت* ايمني
ur: اینٹی* سیکیورٹی* تحفظ* حفاظت*
hi: एंटीवायरस* फायरवॉल* सुरक्षा* निगरानी* ऑडिट*
bn: অ্যান্টিভাইরাস* ফায়ারওয়াল* নিরাপত্তা* সুরক্ষা*
th: แอนตี้ไวรัส ไฟร์วอลล์ ความปลอดภัย ป้องกัน
ja: ウイルス対策 アンチウイルス ファイアウォール セキュリティ 保護 監視 監査 ディフェンダー
zh: 杀毒 殺毒 防病毒 防毒 防火墙 防火牆 安全 保护 保護 监控 監控 审计 審計
ko: 백신 안티바이러스 방화벽 보안 보호 모니터링 디펜더 안전
be: абарон* антывірус* брандмаўэр*
eo: fajroŝirmil* sekurec*
gd: balla+teine
ht: antiviris
or: ଫାୟାରୱାଲ* ଆଣ୍ଟିଭାଇରସ* ସୁରକ୍ଷା*
tk: antiwirus* fayrwol*
ug: ۋىرۇسقا+قارشى مۇداپىئە+تېمى
sd: اينٽي+وائرس فائر+وال
ku: فایەروۆڵ* ئەنتی+ڤایرۆس
fo: eldvegg*
br: moger+tan`,
  ],
  [
    LOGS,
    `^log ^logs ^syslog ^eventlog ^logfile* ^journal*
de: protokoll* ereignisprotokoll* logdatei*
fr: journaux
es: registros bitácora*
it: registri
pt: registros
nl: logboek* logbestand*
sv: loggar* loggfil* loggarna loggen loggning*
da: ^logfil*
no: loggfil* loggene
fi: loki*
et: logid logisid logifail*
hu: napló* naplók*
ro: jurnal* jurnale*
pl: dzienniki* dziennik* logi logów rejestrowani* rejestrowanie
cs: logy logů protokol* záznamy logu
sk: logy záznamy
ru: журнал* логи логов
uk: журнал* логи логів
tr: günlükler* kayıtlar* loglar*
el: καταγραφ*
vi: nhat+ky
id: catatan
sw: kumbukumbu
he: יומנ* לוגים לוג
ar: سجلات* سجل
fa: لاگ* وقايع
ur: لاگز*
hi: लॉग*
bn: লগ লগস লগগুলো
th: ล็อก บันทึกเหตุการณ์
ja: ログ イベントログ
zh: 日志 日誌
ko: 로그
gd: logaichean
arz: لوجز
yi: לאָגס לאָגן`,
  ],
  [
    CONCEAL,
    `de: heimlich* unbemerkt* unauffällig* insgeheim verheimlich* verberg* versteckt* niemand
tr: söyleme bahsetme
sw: usimwambie usiwaambie usiseme
cs: neříkej neříkejte
sk: nehovor nehovorte
fr: secrètement discrètement cachette dissimul* inaperçu* insu
es: secretamente secreto escondid* ocult* nadie discretamente
it: segretamente nascost* inosservat* soppiatto nessuno
pt: secretamente escondid* despercebid* ninguém esconda
nl: stiekem* heimelijk* ongemerkt* verborgen verstop* niemand verbergt verberg*
sv: hemlighet* obemärkt* dölj* smyg*
da: hemmelig* ubemærket* skjul*
no: hemmelig* ubemerket* skjul*
fi: salaa salaisesti huomaamatta* piilota* kenenkään
et: salaja märkamatult* peida* ütlemata*
hu: titokban titk* észrevétlen* feltűnés* rejtsd* senki
ro: ascuns* neobservat* nimeni
pl: potajemnie cichu ukradkiem niepostrzeżen* ukryj* ukryt* niezauważ* nikt
cs: tajně tajn* potají* nenápadn* nepozorovan* skryj* nikdo neříkej skryje
sk: tajne potajomky nenápadn* nikto skryte
ru: тайно незаметно скрытно втихую никто скрой* спрячь* скрыт* ведома
uk: таємн* непомітн* прихов* ніхто потай
tr: gizli* ettirmeden kimse çaktırmadan
el: κρυφ* κρυβ* κρυψ* απαρατηρητ* μυστικα κανεις
vi: lut
id: diam rahasia* sembunyi* ketahuan* sepengetahuan* diketahui menyembunyi*
ms: senyap rahsia*
tl: palihim* lihim* itago* napapansin* makakaalam
sw: kisiri kujulikana ficha kuficha kimya
he: סוד בחשאי חשאי* הסתר* שקט* בשקט בסתר מסתיר*
ar: سرا خفي* خفية اخف* يلاحظ* صمت يخفي*
fa: مخفيانه* پنهان* مخفي*
ur: چپکے* خفیہ* چھپا*
hi: चुपके* गुप्त* छिपा* छिपाकर
bn: গোপন* লুকি*
th: แอบ ลับๆ ไม่ให้ใครรู้ ซ่อน
traces: следы следов сліди spuren rastros tracce sporen spåren ślady stopy izleri ιχνη עקבות
ja: 確認せずに 確認しないで 見ずに 検査せずに こっそり 密かに ひそかに 内緒 バレない 気づかれ 隠して 隠す
zh: 不要检查 不用检查 不检查 不要檢查 偷偷 秘密地 悄悄 暗中 不被发现 不被發現 神不知鬼不觉 隐藏 瞒着 瞞著 不要告诉 不要告訴 别告诉 別告訴
ko: 몰래 비밀리에 들키지 숨겨 숨기 모르게 검사하지 확인하지
be: таемна употай непрыкметна схавай*
eo: sekrete kaŝe nerimarkite
la: occulte furtim
gd: os+ìosal gun+fhios
br: e+kuzh
fo: loyniliga
ht: an+kachèt an+sekrè kache
pcm: hide+am
tpi: long+hait
yue: 靜靜雞 静静鸡 偷偷哋 偷偷地
hi-latn: chupke chupchap chupke+se bina+bataye
arz: في+السر من+ورا
ky: жашыруун билдирбей жашыр*
tg: пинҳонӣ пинҳон* махфӣ
tt: яшерен* яшер*
ba: йәшерен* йәшер*
tk: gizlin*
ug: يوشۇرۇن*
or: ଗୋପନ* ଲୁଚା*
sd: ڳجهي* لڪائي*
yi: געהיים בגנבה
ku: بە+نهێنی
sn: pachivande muchivande
rw: rwihishwa ibanga
ln: nkuku
ceb: sekreto tinago
mi: hunahuna
sm: faalilolilo
mg: mangingina
qu: pakallapi`,
  ],
  [
    MALWARE,
    `^keylogger* ^ransomware* ^trojan* ^rootkit* ^botnet* ^spyware* ^stealer* ^infostealer* ^backdoor*
^malware* ^virus ^viruses ^cryptominer* ^wiper ^rat ^worm ^keylogg* ^ransomwar*
de: schadsoftware* schadprogramm* erpressungssoftware* hintertür* viren trojaner* spionagesoftware* ^miner
fr: malveillant* rançongiciel* troie dérobée espion* mineur
es: malicios* espía* troyano* gusano minero
it: dannos* spia troia
pt: espião* ^vírus minerador*
nl: kwaadaardig* gijzelsoftware* achterdeur* ^miner
sv: skadlig* skadeprogram* bakdörr* utpressningsprogram*
da: ondsindet* skadelig* bagdør*
no: skadevare* bakdør* løsepengevirus* ondsinnet*
fi: haittaohjelm* kiristysohjelm* takaovi* vakoiluohjelm* troijalai* haitallinen
et: pahavara* lunavara* tagauks* nuhkvara* klahvilog* trooja*
hu: kártevő* zsarolóvírus* kémprogram* billentyűnapló* trójai*
ro: ^malițios* ^malitios* troian*
pl: złośliw* szpieg* trojańsk* wirus* robak*
cs: škodliv* vyděračsk* špehovac* trojsk* vir viry viru těžař*
sk: škodliv* ^vírus* trójsk*
ru: вредонос* вирус* троян* кейлоггер* кейлогер* бэкдор* шифровальщик* вымогател* шпионск* руткит* ботнет* стилер* майнер* червь
uk: шкідлив* вірус* троян* кейлогер* бекдор* шифрувальник* вимагач* шпигунськ* руткіт* ботнет* стілер* майнер*
tr: zararlı* amaçlı* fidye* casus* truva* kaydedici* ^virüs* solucan*
el: κακοβουλ* ιο ιου δουρει* λυτρισμικ* κατασκοπευτικ* κερκοπορτα
id: ketikan* pemeras* penambang
ms: hasad*
sw: hasidi ujasusi virusi
he: נוזק* וירוס* טרויאנ* אחורית כופר* ריגול* רוגלה קילוגר* כורה
ar: خبيث* فيروس* طروادة خلفي* فدي* تجسس* كيلوجر*
fa: بدافزار* ويروس* تروجان* باج* جاسوس* لاگر* کی‌لاگر* ماينر
ur: میلویئر* وائرس* ٹروجن* جاسوس* رینسم* لاگر*
hi: मैलवेयर* वायरस* ट्रोजन* कीलॉगर* रैंसमवेयर* स्पाइवेयर* बैकडोर* दुर्भावनापूर्ण* माइनर
bn: ম্যালওয়্যার* ভাইরাস* ট্রোজান* কিলগার* র্যানসমওয়্যার* স্পাইওয়্যার* ক্ষতিকর*
th: มัลแวร์ ไวรัส โทรจัน คีย์ล็อกเกอร์ แรนซัมแวร์ สปายแวร์ แบ็คดอร์ ประตูหลัง เรียกค่าไถ่
ja: マルウェア ウイルス ウィルス トロイ キーロガー ランサムウェア スパイウェア バックドア ルートキット ボットネット ワーム 情報窃取 マイナー
zh: 恶意软件 惡意軟體 恶意程序 惡意程式 病毒 木马 木馬 键盘记录 鍵盤記錄 勒索软件 勒索軟體 勒索病毒 间谍软件 間諜軟體 后门 後門 挖矿 挖礦 蠕虫 蠕蟲 僵尸网络 殭屍網路 窃取 竊取
ko: 악성코드 악성 바이러스 트로이 키로거 랜섬웨어 스파이웨어 백도어 루트킷 봇넷 채굴
be: шкоднасн* вірус* кейлогер*
eo: malica malican
ht: viris
or: ମାଲୱେର* ଭାଇରସ* କିଲଗର*`,
  ],
  [
    MAKE,
    `^code ^coding
de: schreib* erstell* mach mache machen macht bau baue bauen entwickl* programmier* generier* ^leg
fr: écri* crée* créer fais fabrique* développe* génère*
es: escrib* crea crear créame haz hazme construy* desarroll* programa
it: scrivi* crea fai costruisci* svilupp* programma
pt: escrev* cria criar crie faça construa desenvolv* programe
nl: schrijf* maak* bouw* ontwikkel* programmeer* genereer*
sv: skriv* skapa* gör bygg* utveckla* programmera* koda
da: lav opret* byg* udvikl* programmer*
no: lag opprett* bygg* utvikl* programmer*
fi: kirjoit* tee luo rakenna* kehitä* kehittä* ohjelmoi* koodaa* tehdä
et: kirjuta* loo tee ehita* arenda* programmeeri* koosta*
hu: írj* írd írjon készíts* létre csinálj* fejlessz* programoz* kódol*
ro: scrie* creează* crea construiește* dezvoltă* programează*
pl: napisz* stwórz* utwórz* zrób* zbuduj* opracuj* zaprogramuj* wygeneruj* zakoduj*
cs: napiš* vytvoř* udělej* naprogramuj* vyvin* sestav* nakóduj* založ*
sk: urob* vytvor*
ru: напиш* созда* сдела* разработ* запрограммируй* сгенерир* собери*
uk: напиш* створ* зроб* розроб* згенеруй* збери*
tr: yaz yazın yazabilir* oluştur* yap yapar geliştir* kodla* programla* hazırla*
el: γραψ* δημιουργ* φτιαξ* αναπτυξ* προγραμματισ* κατασκευ*
vi: viet tao trinh
id: tulis* tuliskan menulis* buat* buatkan membuat* bikin* kembangk* ciptak*
tl: sumulat* isulat* gumawa* gawin lumikha* bumuo* buuin gawa
sw: andika* niandikie tengeneza* unda kuunda jenga buni
he: כתוב* תכתוב* צור* בנה* תכנת* הכן
ar: اكتب* انشئ* اصنع* ابن طور* برمج* صمم*
fa: بنويس* ايجاد* بساز*
ur: لکھ* بنا* تیار*
hi: लिख* बना* तैयार* विकसित*
bn: লেখ* লিখ* বানা* তৈরি*
th: เขียน สร้าง พัฒนา
ja: 書いて 書け 作って 作成 作れ 開発 構築 実装 生成
zh: 编写 編寫 创建 創建 制作 製作 开发 開發 生成 写一个 寫一個 写个 寫個 做一个 做一個
ko: 작성 만들어 만들 개발 코딩 구현 생성 짜줘
lb: maach maacht
gsw: schrib schriib
be: напішы* ствары* зрабі*
eo: skribu kreu faru programu
la: conscribe compone
oc: escriu escrivètz
gd: sgrìobh cruthaich*
br: skrivit krouit
fo: skriva
ht: ekri kreye
pcm: write+am make+am build+am
tpi: raitim wokim kamapim mekim
yue: 寫個 写个 寫一個 整一個 整一个
hi-latn: likho likhdo banao banado
arz: اعملي
ary: kteb ktebli
ky: жазып+бер жаса*
tg: нависед навис созед
tt: языгыз яса*
ba: яҙығыҙ яһа*
tk: ýaz ýazyň döret*
ug: يېزىپ*
or: ଲେଖ* ତିଆରି
sd: لکو لکي ٺاه*
yi: שרייב שרייבט שרײַב מאַך מאַכט
ku: بنووسە دروست+بکە دروستبکە
ps: ولیکئ جوړه
ig: dee mepụta
xh: yenza
sn: nyora gadzira
rw: andika
ln: kokoma
jv: gawe gawekake
ceb: himoa paghimo
mi: tuhia waihangatia
sm: tusia
mg: soraty manorata mamorona ataovy
qu: qillqay ruway`,
  ],
  [
    PERSON,
    `de: wohnadresse* privatadresse* ausweisnummer* personalausweis* krankenakte* aufenthaltsort* wohnort*
fr: domicile habite
es: domicilio* vive
it: domicilio abita
pt: morada prontuário* mora
nl: woonadres* woont
sv: hemadress* personnummer* bor
da: hjemmeadresse* bopæl
no: hjemmeadresse* personnummer* fødselsnummer*
fi: kotiosoit* henkilötunnu* potilastie* asuu
et: isikukood* terviseandm* elab
hu: lakcím* személyi* tartózkod* lakik
ro: domiciliu* locuiește*
pl: pesel medyczn* mieszka
cs: bydliště* rodné zdravotní* bydlí*
sk: bydlisk* býva
ru: паспорт* медицинск* живет
uk: паспорт* медичн* місцеперебуван* живе
tr: kimlik* sağlık* oturuyor yaşıyor oturdu* yaşadığ*
el: ιατρικ* μενει
vi: cccd cmnd
id: medis tinggal kediaman
ms: perubatan
tl: tirahan* nakatira
sw: kitambulisho matibabu anaishi
he: זהות* רפואי*
ar: هوي* طبي* يسكن يعيش
fa: ملي پزشكي*
ur: شناختی* طبی رہتا رہتی
hi: आधार रहता रहती
bn: পরিচয়* থাকে
th: เลขบัตรประชาชน เวชระเบียน อยู่ที่ไหน
ja: 自宅の住所 マイナンバー 病歴 カルテ 居場所
zh: 住址 家庭地址 身份证号 身分證 病历 病歷 医疗记录 醫療記錄 行踪 行蹤 住在哪
ko: 집주소 집 주민등록번호 주민번호 진료 사는 신상
yue: 住喺邊 住邊度 住响邊`,
  ],
  [
    ADDR,
    `de: adresse* anschrift* standort* aufenthalt*
fr: adresse* localisation
es: dirección* ubicación* paradero
it: indirizzo* posizione
pt: endereço* localização* paradeiro
nl: adres* locatie*
sv: adress* plats
da: adresse*
no: adresse*
fi: osoit* sijainti*
et: aadress* asukoht*
hu: cím* címét tartózkodási
ro: adres* locația locatia
pl: adres* lokalizacj*
cs: adres* polohu polohy
sk: adres*
ru: адрес* местоположени* местонахождени*
uk: адрес* місцезнаходжен*
tr: adres* konum* nerede
el: διευθυνσ* τοποθεσι*
id: alamat* lokasi*
tl: lokasyon*
sw: anwani mahali
he: כתובת* מיקום*
ar: عنوان* موقع*
vi: dia+chi
fa: ادرس* نشاني* موقعيت*
ur: پتہ
hi: पता लोकेशन*
bn: ঠিকানা* অবস্থান*
th: ที่อยู่ ตำแหน่ง
ja: 住所 位置情報 現在地
zh: 地址 位置
ko: 주소 위치
be: адрас*
eo: adreso adreson loĝlok*
ht: adrès
ky: дарек*
tg: суроға*
tk: salgy*
or: ଠିକଣା*
sd: ايڊريس*
yi: אַדרעס*
ku: ناونیشان*
ps: پته
mi: wāhitau
mg: adiresy
mg: adiresy adiresin*
ky: дарег*
eo: adresojn adresoj
ceb: ^address`,
  ],
  [
    TARGET,
    `^ex
de: nachbar* exfreundin* exfreund* freundin* kollegin* kollege* journalist* fremde* frau mann ehemalig*
fr: voisin* ex-copine copine copain collègue* journaliste* inconnu* cette femme ancienne ancien
es: vecin* persona exnovia* novia* novio* compañer* periodista* desconocid* esta mujer este hombre
it: vicin* persona ragazza collega* giornalista* sconosciut*
pt: vizinh* pessoa namorada* namorado* colega* jornalista* desconhecid*
nl: buurvrouw* buurman* vriendin* collega* journalist* onbekende
sv: granne* grannen flickvän* kollega* journalist* främling*
da: nabo* kæreste* kollega* journalist*
no: nabo* kjæreste* kollega* journalist*
fi: naapuri* tyttöystävä* poikaystävä* kollega* työkaveri* toimittaja*
et: naaber* tüdruksõbra* kolleegi* ajakirjanik*
hu: szomszéd* barátnő* kolléga* újságíró* exem
ro: vecin* iubit* coleg* jurnalist*
pl: sąsiad* dziewczyn* chłopak* koleżank* kolega* dziennikar* byłej byłego tej
cs: soused* přítelkyn* přítel* kolegyn* kolega* novinář* bývalé bývalého této
sk: sused* priateľk* kolegyn* novinár*
ru: сосед* девушк* бывш* коллег* журналист* этой этого
uk: сусід* дівчин* колишн* колег* журналіст*
tr: komşu* sevgili* eski* meslektaş* gazeteci* kadının adamın
el: γειτον* κοπελα* πρωην συναδελφ* δημοσιογραφ*
vi: nguoi yeu hang xom
id: mantan pacar* tetangga* rekan* wartawan* jurnalis* orang
ms: jiran* teman
tl: kapitbahay* dating nobya* katrabaho*
sw: jirani mpenzi mwandishi
he: שכנ* חבר* לשעבר עיתונא*
ar: جار* صديقت* زميل* صحفي* السابق*
fa: همسايه* دوست* همكار* خبرنگار* سابق*
ur: پڑوس* دوست* ساتھی* صحافی*
hi: पड़ोसी* गर्लफ्रेंड* सहकर्मी* पत्रकार* पूर्व
bn: প্রতিবেশী* বান্ধবী* সহকর্মী* সাংবাদিক*
th: เพื่อนบ้าน แฟนเก่า แฟน เพื่อนร่วมงาน นักข่าว ผู้หญิงคนนี้
ja: 元カノ 元彼 元カレ 隣人 同僚 記者 彼女の この人
zh: 前女友 前男友 邻居 鄰居 同事 记者 記者 这个女人 這個女人 她的 他的
ko: 전 여자친구 여자친구 이웃 동료 기자 그녀
be: былой былога суседк* калег* журналіст*
eo: eksa eksan najbar* kolegin*
ht: mennaj vwazen vwazin
yue: 前度
arz: خطيبتي طليقتي
ky: мурунку*
tk: öňki
or: ପ୍ରେମିକା* ପଡୋଶୀ*
so: saaxiibtay* deriska
mg: sipako
ceb: akong+ex akong+uyab silingan`,
  ],
  [
    CONTACTS,
    `de: kontakte kontakten
fr: ^contacts
es: contactos
it: contatti
pt: contatos contactos
nl: contacten
sv: kontakter
da: kontakter
no: kontakter
fi: yhteystiedoille yhteystietoihin
et: kontaktidele
hu: kontaktomnak ismerősömnek
ro: contactele contactelor
pl: kontaktów kontaktom kontakty
cs: kontaktům kontakty
ru: контактам контактов
uk: контактам контактів
tr: kişilerime kişilere rehberdeki
el: επαφες επαφων
id: kontak
ms: kenalan
he: אנשי
ar: جهات
fa: مخاطبين* مخاطبان*
hi: संपर्कों
ja: 連絡先
zh: 联系人 聯絡人 通讯录 通訊錄
ko: 연락처`,
  ],
  [
    HOW,
    `sv: hur
da: hvordan
no: hvordan
nl: hoe
fi: miten kuinka
et: kuidas
hu: hogyan
ro: cum
tr: nasıl
id: bagaimana gimana
tl: paano
sw: vipi jinsi
el: πως
th: อย่างไร ยังไง
ja: どうやって どうすれば 方法
zh: 怎么 怎麼 如何 怎样 怎樣
ko: 어떻게 방법
lb: wéi
be: як
eo: kiel
la: quomodo
oc: cossí
gd: ciamar
br: penaos
fo: hvussu
ht: kijan kòman
tpi: olsem+wanem
yue: 點樣 点样 點先 点先
hi-latn: kaise
arz: ازاي
ary: kifach kifash
ky: кантип
tg: чӣ+тавр чигуна
tt: ничек
ba: нисек
tk: nädip
ug: قانداق
or: କିପରି କେମିତି
sd: ڪيئن
ku: چۆن
ig: kedu
ceb: unsaon
mi: pēhea
sm: faapefea
mg: ahoana
qu: imaynata`,
  ],
  /** Function words that mark a sentence as Tagalog, which writes most technical words in English. */
  [0, `tl: ang mga ng po`],
  /**
   * Function words of languages and registers that write most of a request's words in English or
   * in words shared with a neighbour: Nigerian Pidgin, Tok Pisin, Hindi and Moroccan Arabic in Latin
   * letters, Cebuano.
   */
  [
    0,
    `pcm: abeg oya wetin una dey wey sef
tpi: bilong dispela yupela tasol
hi-latn: kar karo kardo karna karke hai mein aur yeh bhi wala wali
ary: dyal 3afak bghit
ceb: kining niini palihug`,
  ],
  /**
   * Function words that mark a sentence as written in another language when every word of its
   * request is shared with English (`Elimina ogni cosa nella directory del server`).
   */
  [
    0,
    `it: nella della dello degli delle nel sul sulla questo questa quello
de: der das dem ein eine einen und auf
fr: le les une sur avec dans
es: el los las una para por
pt: uma das para
nl: het een naar voor niet deze
sv: och på med det ett
pl: się oraz jest
cs: jako nebo jsou
ro: și pentru
tr: ve bir bu
id: yang itu dari untuk
vi: cua cac trong nhung mot`,
  ],
  [
    FIND,
    `^locate ^track ^find
de: finde finden findet findest herausfind* ermittl* aufspür* verfolg* orte orten identifizier* suche
fr: trouve* trouv* retrouve* traque* ^identifie* cherche* démasqu*
es: encuentr* busca* averigu* localiza* rastre* identifica* descubr*
it: trova* scopri* localizza* rintracc* traccia* identifica*
pt: encontr* descubr* localize rastreie rastrea* identifique
nl: vind vinden zoek* achterhaal* lokaliseer* traceer* identificeer*
sv: hitta* leta* spåra* lokalisera* identifiera* reda
da: finde spor* lokaliser* identificer* opspor*
no: finn finne spor* lokaliser* identifiser* oppspor*
fi: etsi* löydä* selvitä* jäljitä* paikanna*
et: leia* otsi* tuvasta*
hu: keresd* keress* találd* derítsd* kövesd* nyomoz* azonosíts*
ro: găsește* găsi* caută* urmărește* identifică*
pl: znajdź* znajdz* wyszukaj* ustal* namierz* śledź* zlokalizuj* zidentyfikuj*
cs: najdi* najd* vyhledej* zjisti* vystopuj* sleduj* lokalizuj* identifikuj*
sk: nájdi* vyhľadaj* zisti* sleduj* vystopuj*
ru: найди* найд* выясни* отследи* отслед* вычисли* пробей определи* узнай*
uk: знайди* знайд* відстеж* визнач* дізнайся* вирахуй*
tr: bul bulun bulabilir* bulur öğren* takip* izle
el: βρες βρεις εντοπισ* ανακαλυψ* παρακολουθ* ταυτοποιησ* ψαξε
vi: tim xac cuu
id: cari* carik* mencari* temuk* menemuk* lacak* melacak* identifikasi bongkar
ms: jejak* menjejak*
tl: hanapin hanap* alamin subaybay* tukuyin
sw: tafuta* fuatilia* gundua tambua*
he: מצא* תמצא* מצוא* עקוב* זהה חפש* גלה
ar: ابحث* اعثر* تتبع* حدد* اكتشف*
fa: پيدا* جستجو* رديابي* شناسايي* بياب*
ur: تلاش* ڈھونڈ* ٹریک* شناخت*
hi: ढूंढ* ढूँढ* खोज* ट्रैक* पहचान* पता
bn: খুঁজ* খোঁজ* ট্র্যাক* শনাক্ত*
th: ค้นหา ตามหา หาที่อยู่ ติดตาม ระบุตัวตน สืบ
ja: 探して 見つけ 調べて 追跡 割り出 特定して
zh: 找到 找出 查找 查到 查出 追踪 追蹤 定位 人肉 帮我找 幫我找 查一下
ko: 찾아 찾기 알아내 추적 조회 밝혀내
lb: fann fannt erausfann*
gsw: findsch
be: знайдзі* даведайся
eo: trovu eltrovu serĉu
la: inveni reperi
oc: tròba trobatz
gd: lorg
br: kavit
ht: jwenn chèche
pcm: find+am
tpi: painim
yue: 搵出 搵到 搵返 幫我搵 帮我搵
hi-latn: dhundo dhoondo dhundho dhoondho
ary: l9a l9ali
ky: тап табып
tg: ёбед ёфта пайдо+кунед пайдо+кун
tt: табыгыз
ba: табығыҙ
tk: tapyň tapmak tapyp
ug: تېپ*
or: ଖୋଜ*
sd: ڳول*
yi: געפינ*
ku: بدۆزەرەوە بدۆزە*
ps: پیدا+کړه ومومه
so: soo+hel
ig: chọta chọpụta
xh: fumanisa
sn: tsvaga tsvakai
rw: shakisha
ln: koluka
jv: golek goleka
ceb: pangitaa tultoli
mi: kimihia rapua kitea
sm: saili
mg: tadiavo hitady
qu: maskay tariy
arz: دورلي دور+على
tk: ^tap`,
  ],
  [
    BULK,
    `^bulk ^spam*
de: tausend* massenhaft* massen* zufällig* unaufgefordert* zehntausend* hunderte
fr: milliers masse massivement aléatoire* sollicité* centaines
es: miles mil masiv* aleatori* solicitad* cientos
it: migliaia mille diecimila centomila massa massiv* indesiderat* centinaia
pt: milhares mil massa massiv* aleatóri* solicitad* centenas
nl: duizenden massaal* willekeurig* ongevraagd* tienduizend* honderden
sv: tusentals massutskick* slumpmässig* tiotusen* hundratals
da: tusindvis masseudsend* tilfældig*
no: tusenvis masseutsend* tilfeldig*
fi: tuhansi* joukkoviest* satunnais*
et: tuhandeid tuhande* massili* juhuslik*
hu: ezer ezrek* ezreknek tömeges* véletlen* kéretlen*
ro: mii masiv aleatori* nesolicitat*
pl: tysiąc* tysięc* masow* losow* niezamówion* setki
cs: tisíc* hromadn* náhodn* nevyžádan* stovk*
sk: hromadn* náhodn*
ru: тысяч* массов* массово случайн* рассылк* сотни
uk: тисяч* масов* випадков* розсилк*
tr: binlerce binler* toplu* rastgele istenmeyen*
el: χιλιαδ* μαζικ* τυχαι* ανεπιθυμητ*
vi: nghin ngan loat
id: ribuan massal acak ribu ratusan
ms: rawak pukal
tl: libo* maramihan*
sw: maelfu wingi
he: אלפי* המוני* אקראי* ספאם* מאות
ar: الاف* جماعي* اتصال* عشوائي* سبام* مئات
fa: هزاران انبوه* تصادفي* اسپم* هزار صدها
ur: ہزاروں* اسپام*
hi: हजार* थोक* सामूहिक* स्पैम* सैकड़ों
bn: হাজার* বাল্ক* এলোমেলো* স্প্যাম*
th: หลายพัน จำนวนมาก สุ่ม สแปม
ja: 何千 数千 大量 無作為 ランダム スパム 数万 何百
zh: 数千 數千 成千上万 成千上萬 大量 随机 隨機 垃圾
ko: 수천 대량 무작위 스팸 수만 수백
be: тысяч* масав*
bs: hiljade hiljadu
eo: milojn amase
ky: миңдеген
tt: меңләгән
eo: miloj
ht: milye
hi-latn: hazaaron hazaron lakhon
tk: müňlerçe
tg: ҳазорон
yue: 幾千 几千 幾萬 几万
or: ହଜାର*
so: kumanaan
yi: טויזנטער
my: ထောင်ချီ`,
  ],
  [
    MESSAGE,
    `^email* ^e-mail* ^mails ^sms ^whatsapp ^telegram ^dm ^dms
de: nachricht* werbemail* rundmail*
fr: courriel* texto*
vi: tin+nhan
es: mensaj* correo*
it: messaggi* messaggio
pt: mensage* correio*
nl: bericht*
sv: meddelande* mejl*
da: besked* meddelelse*
no: melding* beskjed*
fi: viesti* sähköposti* tekstiviesti*
et: sõnum* meili* kiri kirju
hu: üzenet* levelek
ro: mesaj*
pl: wiadomoś* maile
cs: zpráv* maily esemesk*
ru: сообщени* письм* смс эсэмэс* имейл* переписк*
uk: повідомлен* листи смс листуванн*
tr: mesaj* eposta* posta
el: μηνυμ*
id: pesan surel surat*
ms: mesej
tl: mensahe*
sw: ujumbe barua
he: הודע* מייל* אימייל* סמס מסרון*
ar: رسائل* رسالة* بريد* ايميل*
fa: پيام* ايميل*
ur: پیغام*
hi: संदेश* मैसेज* ईमेल*
bn: বার্তা* মেসেজ* ইমেইল*
th: ข้อความ อีเมล
ja: メッセージ メール 投稿
zh: 消息 信息 讯息 訊息 短信 簡訊 邮件 郵件 帖子
ko: 메시지 문자 메일 게시물
lb: noriicht*
be: паведамлен*
eo: mesaĝ* retpoŝt*
gd: teachdaireachd*
ht: mesaj
ky: билдирүү*
tg: паём*
tt: хәбәр*
tk: habar habarlary habarlaryny
or: ବାର୍ତ୍ତା* ମେସେଜ*
sd: پيغام*
ku: نامە* پەیام*
ig: ozi
sn: mameseji meseji
rw: ubutumwa
mi: karere
mg: hafatra
ht: imèl
yue: 電郵 电邮`,
  ],
  [
    FAKE,
    `^fake* ^fakes
de: gefälscht* erfunden* falsche* vorgetäuscht* unecht*
fr: faux fausse* fictif* inventé* bidon* truqué*
es: falso falsa falsos falsas inventad* ficticio*
it: falso falsi finto* finte inventat*
pt: falso falsa falsos falsas inventad* fictíci*
nl: nep nepreview* valse verzonnen*
sv: falsk* påhittad* fejk* oäkta
da: falsk* opdigt*
no: falsk* oppdikt*
fi: väärennet* feikki* keksit* tekaistu*
et: võlts* väljamõeldud* liba*
hu: hamis* kitalált*
ro: ^fals* ^false inventat* contrafăcut*
pl: fałszyw* zmyślon* fejkow* nieprawdziw* podrobion*
cs: falešn* vymyšlen* smyšlen* fejkov*
sk: falošn* vymyslen*
ru: фейков* фальшив* поддельн* выдуманн* накрутк*
uk: фейков* фальшив* підроблен* вигадан* накрутк*
tr: sahte* uydurma* düzmece*
el: ψευτικ* ψευδ* πλαστ* επινοημεν*
id: palsu bohong*
ms: rekaan
tl: peke*
sw: bandia feki kubuni
he: מזויפ* פייק* מומצא* בדוי*
ar: مزيف* وهمي* ملفق*
fa: جعلي* ساختگي* تقلبي* فيك
ur: جعلي* فرضی*
hi: नकली* फर्जी* बनावटी*
bn: ভুয়া* নকল* জাল
th: ปลอม แต่งขึ้น
ja: 本物のように 本物っぽく 偽の 偽物 偽造 嘘の 架空 やらせ サクラ ステマ
zh: 像真实 像真實 像真的 虚假 虛假 假的 假评 假評 假好评 假好評 假评论 假評論 刷好评 刷好評 刷评 刷評 刷单 刷單 捏造 伪造 偽造 水军 水軍
ko: 가짜 허위 조작 진짜처럼 실제처럼`,
  ],
  [
    REVIEW,
    `^review* ^testimonial* ^rating*
de: bewertung* rezension* erfahrungsbericht* kundenmeinung* sterne*
fr: avis critiques témoignage* étoiles
es: reseña* opiniones valoracion* testimonio* calificacion* estrellas
it: recension* opinioni testimonianz* valutazion* stelle
pt: avaliaç* depoiment* resenha* estrelas
nl: beoordeling* recensie* getuigenis* sterren
sv: recension* omdöme* betyg* stjärnor
da: anmeldelse* bedømmelse* stjerner
no: anmeldelse* omtale* stjerner vurdering*
fi: arvostel* arvio* suosittelu* tähtiä
et: arvustus* hinnang* tagasiside*
hu: értékelés* vélemény* csillag*
ro: recenzi* evaluări* testimoniale păreri stele
pl: recenzj* opinie opinii ocen* gwiazdk*
cs: recenz* hodnocení* hvězdič*
sk: hodnoten*
ru: отзыв* рецензи* оценк* звезд*
uk: відгук* рецензі* оцінк* зірк*
tr: yorum* değerlendirme* inceleme* puan*
el: κριτικ* αξιολογησ* μαρτυρι* αστερι*
id: ulasan* testimoni penilaian bintang
tl: komento* pagsusuri
sw: maoni tathmini ukaguzi nyota
he: המלצ* דירוג* כוכבים ביקורת* ביקורות
ar: مراجع* تقييم* شهادات
fa: نظرات امتياز* ديدگاه*
ur: ریویو* تبصر* ریٹنگ*
hi: समीक्षा* रिव्यू* रेटिंग*
bn: রিভিউ* পর্যালোচনা* রেটিং*
th: รีวิว ความคิดเห็น คะแนน
ja: レビュー 口コミ クチコミ 評価 感想
zh: 评论 評論 好评 好評 评价 評價 点评 點評 五星
ko: 리뷰 후기 평점 별점 댓글`,
  ],
  [
    QUESTION,
    `de: warum wieso weshalb wie+ich wie+man erkläre* erklär* unterschied* riskant gefährlich* funktioniert artikel* aufsatz* zusammenfassung* dokumentation
fr: pourquoi quels quelles risque* expliqu* dangereux fonctionne* article* résumé* exposé documentation
es: explica* explíca* diferencia* peligros* riesgo* funciona artículo* ensayo resumen documentación
it: perché spiega* spiegami differenza pericolos* rischi* funziona articolo* saggio riassunto documentazione
pt: explique* explica* diferença* perigos* riscos funciona artigo* resumo documentação
nl: waarom uitleg* verschil* legaal gevaarlijk* risico* werkt artikel* documentatie
sv: varför förklara* skillnad* laglig* farlig* fungerar artikel* dokumentationen dokumentation
da: hvorfor forklar* forskel* lovlig* farlig* risiko* fungerer virker artikel*
no: hvorfor forklar* forskjell* lovlig* farlig* risiko* fungerer artikkel*
fi: miksi selitä* selit* ero laillista* vaarallis* riski* toimii artikkeli*
et: miks selgita* erinevus* seaduslik* ohtlik* riski* töötab artikkel*
hu: miért magyarázd* magyaráz* különbség* legális* törvényes* veszélyes* kockázat* működik cikk*
ro: explică* explica* diferența* diferent* legal* periculos* riscuri funcționează* articol*
pl: dlaczego wyjaśnij* wyjaśni* różnic* legaln* niebezpieczn* ryzyk* działa czym artykuł* referat* dokumentacj*
cs: proč vysvětli* vysvětl* rozdíl* legální* nebezpečn* rizik* funguje článek* článku referát* dokumentace dokumentaci
sk: prečo vysvetli* rozdiel* nebezpečn*
ru: почему зачем объясни* объясн* разниц* законн* легальн* опасн* риск* работает такое стать* реферат* документаци*
uk: чому навіщо поясни* поясн* різниц* законн* легальн* небезпечн* ризик* працює таке стат*
tr: neden niçin niye açıkla* fark yasal* tehlikeli* nedir makale*
el: γιατι εξηγησ* εξηγ* διαφορα νομιμ* επικινδυν* κινδυν* λειτουργει αρθρο*
vi: gi phap hiem
id: mengapa kenapa jelask* perbedaan* beda legal berbahaya risiko* artikel* dokumentasi
tl: bakit ipaliwanag* pagkakaiba mapanganib
sw: nini eleza* tofauti halali hatari
he: למה מדוע הסבר* הבדל* חוקי* מסוכן* סיכון* מאמר* תיעוד
ar: لماذا اشرح* فرق* قانوني* خطير* مخاطر* مقال*
fa: چرا توضيح* تفاوت* قانوني* خطرناك* چيست مقاله*
ur: كیوں کیوں وضاحت* فرق* قانونی* خطرناک*
hi: क्यों समझाओ समझा* अंतर कानूनी* खतरनाक* जोखिम* लेख
bn: কেন ব্যাখ্যা* পার্থক্য* আইনি* বিপজ্জনক* ঝুঁকি* প্রবন্ধ*
th: ทำไม อธิบาย ความแตกต่าง ถูกกฎหมาย อันตราย คืออะไร บทความ
ja: なぜ どうして 説明 違い 合法 危険 リスク とは 仕組み 記事 論文 ドキュメント
zh: 为什么 為什麼 解释 解釋 区别 區別 合法 危险 危險 风险 風險 什么是 什麼是 原理 文章 论文 論文
ko: 설명 차이 합법 위험 무엇 기사 논문 문서 이유 왜
gsw: worum wieso
be: чаму растлумач* розніц* рызык*
eo: kial klarigu
la: quare
oc: perqué
gd: carson mìnich
br: perak displegit
ht: poukisa eksplike
tpi: bilong+wanem
yue: 點解 点解 做咩要
hi-latn: kyun kyon samjhao
arz: ليه
ary: 3lach 3lash
ky: эмне+үчүн түшүндүр*
tg: чаро фаҳмон*
tt: ни+өчен аңлат*
ba: ни+өсөн
tk: näme+üçin düşündir*
ug: نېمىشقا چۈشەندۈر*
or: କାହିଁକି ବୁଝା*
sd: ڇو سمجهاء*
yi: פאַרוואָס ערקלער*
ku: بۆچی
ig: gịnị+mere kọwaa
sn: tsanangura
rw: kubera+iki sobanura
ceb: ngano ipasabot
mi: whakamāramatia
sm: aisea faamatala
mg: nahoana hazavao
qu: imarayku imanaqtin`,
  ],
  [
    DEFEND,
    `^scan ^detect ^enable ^restore ^recover ^protect ^prevent
de: schütze schützen absicher* verhinder* aktivier* einschalt* erkenn* wiederherstell* sichere sichern melde*
fr: protège* protéger empêch* sécuris* activ* analys* restaure restaurer restaurez restauration signal* reconna* repér*
es: proteg* asegura* activa* habilit* enciend* escanea* recupera* restaura restaurar restaure restauren restauración denuncia* reconoc* detecta*
it: protegg* previen* attiv* abilita* accendi* scansiona* rileva* ripristina* segnala* riconosc*
pt: protej* proteg* previna ative ativar habilite* ligue escaneie restaure recupere denuncie reconhec* identificar
nl: bescherm beschermen voorkom* beveilig beveiligen activeer* inschakel* herstel* rapporteer* herken* meld*
sv: skydda förhindr* säkra aktivera* skanna* upptäck* återställ* anmäl*
da: beskyt beskytte forhindr* aktiver* gendan* anmeld*
no: beskytt beskytte forhindr* aktiver* gjenopprett* rapporter*
fi: tunnista* suojaa suojele* estää käyttöön käynnistä* skannaa* havaitse* palauta* varmuuskopioi* ilmoita*
et: takista* skanni* taasta* varunda* teata*
hu: megvéd* akadályoz* engedélyez* bekapcsol* szkennel* vizsgál* észlel* visszaállít* jelents* felismer* be
ro: protejea* protejeaz* previn* activea* porneș* pornes* scanea* restaurea* recupera* raportea*
pl: chroń* chron* zabezpiecz* zapobie* włącz* wlacz* aktywuj* przeskanuj* wykryj* przywróć* odzyskaj* zgłoś* rozpozna* rozpoznaj*
cs: chraň chránit ochraň zabezpeč* zapni* aktivuj* zabraň* proskenuj* skenuj* detekuj* obnov* zálohuj* nahlas* rozpozn*
sk: chráň zapni* obnov*
ru: защити защитить защитите предотврат* включи* активир* просканир* сканир* обнаруж* восстанов* пожаловаться распозна* отлича*
uk: захисти захистити запобіг* увімкни* увімкн* активуй* проскануй* виявл* віднов* поскаржи*
tr: koru koruyun korumak önle* etkinleştir* tara tarayın taramak tespit* kurtar* şikayet* anlar* ayırt*
el: προστατεψ* προστατευσ* αποτρεψ* ενεργοποιησ* σαρωσ* ανιχνευσ* επαναφερ* ανακτησ* αναφερ*
vi: quet khoi+phuc
id: kenali mengenali* lindungi* melindungi* cegah* mencegah* amankan* aktifkan* nyalakan* pindai* deteksi* pulihkan* cadangkan* laporkan*
ms: imbas*
tl: protektahan* iwasan ibalik
sw: linda kulinda zuia* washa wezesha changanua rejesha*
he: הגן מנע* למנוע הפעל* סרוק* שחזר* גבה דווח*
ar: احم امنع* افحص* استرجع* ابلغ*
fa: جلوگيري* روشن* اسكن* بازيابي*
ur: اسکین* بحال*
hi: सुरक्षित* बचाओ रोकथाम* चालू* सक्षम* स्कैन* पुनर्स्थापित*
bn: সুরক্ষিত* রক্ষা* প্রতিরোধ* চালু* সক্রিয়* স্ক্যান* পুনরুদ্ধার*
th: เปิด สแกน กู้คืน รายงาน
ja: 見分け 見抜 守る 守って 保護して 防ぐ 防止 有効 オンに スキャン 検出 復元 修復 駆除 通報
zh: 识别 識別 辨别 辨別 防止 启用 啟用 开启 開啟 打开 打開 扫描 掃描 检测 檢測 恢复 恢復 防范 防範 举报 舉報
ko: 구별 식별 보호해 보호하 방지 켜줘 켜고 스캔 검사 탐지 복원 복구 신고
be: абарані уключы* праскануй*
eo: protektu skanu restarigu
ht: pwoteje`,
  ],
  /**
   * The languages of the broad coverage, concept by concept: the EU languages the tables above lack
   * (Lithuanian, Latvian, Slovenian, Croatian, Bulgarian, Maltese, Irish, and the rest of Slovak and
   * Estonian), other European languages (Icelandic, Serbian in both scripts, Bosnian, Macedonian,
   * Albanian, Catalan, Galician, Basque, Welsh, Afrikaans, Luxembourgish) and languages of the
   * Caucasus, Central and South Asia, South-East Asia and Africa. `hr:` also stands for Bosnian and
   * Serbian written in Latin letters; `sr:` is Serbian Cyrillic. Uzbek typed with an ASCII apostrophe
   * (`o'chir`, `ko'rsat`, `e'tibor`) reaches the lexicon as the part after it (`chir`, `rsat`). A
   * word spelled as an English one is shared (`^tap`, find in Azerbaijani), or left out when the
   * English word would change a reading (Uzbek `top`, find, and the `top` command a miner hides from). Indic stems end before a final
   * virama, so that a suffix that replaces it still matches (`சர்வர*` reads `சர்வரில்`); Ge'ez
   * stems end a syllable early for the same reason (`ሰርቨ*` reads `ሰርቨሩ`).
   */
  [
    DESTROY,
    `lt: ištrin* trinti sunaikin* pašalin* formatuok* suformatuok* išvalyk* ištuštink*
lv: izdzēs* dzēs* iznīcin* formatē* notīr* iztukšo*
sl: izbris* zbriši zbrišite briši brišite uničite uničiti formatiraj* počisti* izprazni*
hr: obris* izbris* uništi* formatiraj* ukloni* isprazni* očisti*
sr: обриш* обрис* избриш* избрис* уништи* форматирај* уклони* испразни*
bg: изтри* изтрий* унищожи* форматирай* премахни* изпразни* изчисти*
mk: избриш* бриши* уништи* форматирај* отстрани* испразни* исчисти*
sk: vyčisti* zmazať vymazať
et: tühjenda* eemalda*
is: eyð* eyddu eyðið þurrk* forsníð* forsníddu
sq: fshi* shkatërro* zbraz* pastro
ca: esborr* destrueix* formateja* formatar buideu buidar suprimeix*
gl: baleirar borrar
eu: ezaba* suntsi* hustu kendu
cy: dileu* dilëw* dinistri* fformati* gwagi*
af: skrap skrappe verwyder* formateer* vee+uit
lb: zerstéier* formatéier*
ga: scrios* folmhaigh* formáidigh*
mt: ħassar* ħassru eqred* neħħi*
ka: წაშალ* წაშლ* გაანადგურ* განადგურ* დაფორმატ* გაასუფთავ*
hy: ջնջ* ոչնչացր* ոչնչացն* ֆորմատավոր* հեռացր* մաքրիր մաքրել
az: silmək məhv* təmizlə*
kk: жой жойыңыз жою өшір* форматта* тазала*
uz: oʻchir* chir chirib chiring chirish ўчир* tozala*
mn: устга* форматла* арилга*
ne: मेटाउ* मेटाइ* डिलिट* हटाउ*
mr: हटव* पुसून पुसा
ta: நீக்க* அழிக்க* அழித்* டெலீட* டிலீட*
te: తొలగిం* తుడిచివే* నాశనం* డిలీట*
kn: ಅಳಿಸ* ನಾಶಪಡಿಸ* ಡಿಲೀಟ* ತೆಗೆದುಹಾಕ*
ml: ഇല്ലാതാക്ക* മായ്ക്ക* ഡിലീറ്റ* നശിപ്പിക്ക* നീക്കം
gu: ડિલીટ* ભૂંસ* નષ્ટ* કાઢી+નાખો
pa: ਮਿਟਾ* ਹਟਾ* ਡਿਲੀਟ* ਨਸ਼ਟ*
si: මකා* මකන* ඩිලීට* විනාශ*
my: ဖျက် ဖော်မတ်
km: លុប បំផ្លាញ
lo: ລຶບ ທຳລາຍ ທໍາລາຍ
am: ሰርዝ* ይሰርዙ* አጥፋ* ያጥፉ* ደምስስ*
ha: goge* lalata*
yo: paarẹ parun
ig: hichap* ihichap*
zu: susa ukususa bhubhisa*
xh: tshabalalisa*
so: tirtir* burbur* masax*
jv: busak* mbusak* dibusak* ngrusak*
tl: tanggalin wasakin
ps: ړنګ*
ku: je+bibe jêbibe tune+bike بسڕ* سڕینەو*`,
  ],
  [
    ALL,
    `lt: visi visos visus visų viską visiems visoms visais visiškai kiekvien*
lv: viss visu visi visas visus pilnīgi katru katrs katra katram
sl: vse vso vsa vsi celotn* popolnoma vsak*
hr: svi svu svih svim svega cijel* celu celog potpuno svak*
sr: све сви сва сву целу целог цео потпуно свак*
bg: всички всичко всичките цялата целия цялото изцяло напълно всеки всяка
mk: сите целата целиот целото целосно секој секоја
sk: celý celé celého úplne
is: allt allir allar öll öllum öllu allri allan heila heilan heilu hvert
sq: gjithë gjitha gjithçka krejt tërë çdo plotësisht
ca: tot tota tots totes completament cada sencer sencera
gl: enteiro enteira
eu: guzti* osoa osorik osoan dena denak bakoitz*
cy: holl cyfan gyfan pob popeth
ga: uile gach iomlán ar+fad go+léir
mt: kollha kull kollox kompletament
lb: alles
ka: ყველა* მთელი მთლიანად ყოველი სრულად
hy: բոլոր* ամբողջ* ամեն
az: bütün hamısı hamı tamamilə hər
kk: барлық* бүкіл толық толығымен әрбір
uz: barcha hamma hammasi butun butunlay
mn: бүх бүгд бүгдийг бүрэн
ne: सबै सम्पूर्ण पूरै प्रत्येक
mr: सर्व सगळे सगळा सगळी संपूर्ण प्रत्येक
ta: எல்லா எல்லாம் அனைத்து* முழு முழுவதும் ஒவ்வொரு
te: అన్ని అన్నీ మొత్తం పూర్తిగా ప్రతి
kn: ಎಲ್ಲಾ ಎಲ್ಲ ಸಂಪೂರ್ಣ ಪೂರ್ತಿ
ml: എല്ലാ എല്ലാം മുഴുവൻ മുഴുവന് സമ്പൂർണ്ണ
gu: બધા બધું બધી સંપૂર્ણ આખો આખી આખું દરેક
pa: ਸਾਰੇ ਸਾਰਾ ਸਾਰੀ ਸਭ ਪੂਰਾ ਪੂਰੀ
si: සියලු සියල්ල සියළු සම්පූර්ණ* මුළු සෑම
my: အားလုံး
km: ទាំងអស់
lo: ທັງໝົດ ທັງຫມົດ
am: ሁሉ ሁሉም ሁሉንም ሙሉ ሙሉውን በሙሉ
ha: duk dukkan
yo: gbogbo
ig: niile
zu: konke yonke zonke wonke lonke bonke
xh: onke
so: dhammaan dhan
jv: kabeh sakabehe
ps: ټول ټولې ټوله ټولو
ku: hemû hemî تەواو هەموو`,
  ],
  [
    STORE,
    `lt: bazę bazė bazės bazėje gamyb* atsargin* saugykl* diskas disko diską repozitorij*
lv: datubāz* ražošan* rezerves+kopija rezerves+kopijas rezerves+kopiju diska disku repozitorij*
sl: bazo bazo+podatkov baza+podatkov baze+podatkov bazi+podatkov podatkovn* strežnik* produkcij* varnostno+kopijo varnostne+kopije diska disku
hr: bazu+podataka baza+podataka baze+podataka bazi+podataka bazu poslužitelj* produkcij* proizvodn* sigurnosnu+kopiju sigurnosne+kopije diska disku repozitorij*
sr: базу+података база+података продукциј* продукцион* резервну+копију
bg: сървър* продукцион* база+данни базата+данни хранилищ*
mk: продукциск* база+на+податоци
sk: produkčn* disku
is: gagnagrunn* gagnasafn* netþjón* þjóninn þjóni þjónninum þjóninum þjónsins framleiðslu* öryggisafrit* diskinn diskinum
sq: prodhim* databaz*
ca: producció ^disc ^discs disc+dur ^repositori*
gl: produción copias+de+seguridade
eu: datu+base datu+basea datu+basean datu+baseak zerbitzari* ekoizpen* babeskopi* biltegi*
cy: cronfa+ddata gronfa+ddata chronfa+ddata cronfa+data gweinydd* weinydd* ngweinydd* cynhyrchu gynhyrchu copi+wrth disg ddisg
af: databasis* bediener* produksie* rugsteun* hardeskyf* skyf
ga: bunachar* freastala* bhfreastala* fhreastala* táirgthe táirgíochta cúltaca* diosca*
mt: produzzjoni
lb: datebank* produktioun*
ka: ბაზა ბაზის ბაზაში ბაზები ბაზიდან ბაზაზე ბაზას სერვერ* საწარმოო წარმოებ* სარეზერვო ბექაპ* დისკ* რეპოზიტორ*
hy: բազա* սերվեր* արտադր* պահուստ* սկավառակ*
az: istehsal* ehtiyat+nüsxə ehtiyat+nüsxəsi ehtiyat+nüsxələri
kk: дерекқор* өндіріс* резервтік сақтық+көшірме
uz: ishlab+chiqarish zaxira+nusxa zaxira+nusxasi
mn: өгөгдлийн+сан мэдээллийн+сан сервер* нөөц
ne: डाटाबेस* सर्भर* प्रोडक्सन* ब्याकअप*
mr: सर्व्हर* बॅकअप*
ta: டேட்டாபேஸ* தரவுத்தள* சர்வர* சேவையக* புரொடக்ஷன* ப்ரொடக்ஷன* காப்புப்பிரதி* பேக்கப*
te: డేటాబేస* సర్వర* బ్యాకప* ప్రొడక్షన*
kn: ಡೇಟಾಬೇಸ* ಸರ್ವರ* ಬ್ಯಾಕಪ*
ml: ഡാറ്റാബേസ* ഡേറ്റാബേസ* സെർവർ സെർവറ* ബാക്കപ്പ*
gu: ડેટાબેઝ* ડેટાબેસ* સર્વર* બેકઅપ*
pa: ਡਾਟਾਬੇਸ* ਡੇਟਾਬੇਸ* ਸਰਵਰ* ਬੈਕਅੱਪ*
si: දත්ත+ගබඩාව දත්ත+ගබඩාවේ ඩේටාබේස* සර්වර* සේවාදායක* උපස්ථ*
my: ဒေတာဘေ့စ် ဆာဗာ
km: មូលដ្ឋានទិន្នន័យ ម៉ាស៊ីនមេ
lo: ຖານຂໍ້ມູນ ເຊີບເວີ
am: ዳታቤ* ሰርቨ* የመረጃ+ቋት
ps: ډیټابیس*
ku: danegeh* داتابەیس* سێرڤەر*`,
  ],
  [
    FILES,
    `lt: failus failai failų failą duomen*
lv: faili failus failu failos datus datu
sl: datotek* podatk*
hr: datotek* podatk* fajlove
sr: датотек* податк* фајлове
bg: данни данните
mk: датотек* податоци
is: skrár skrá skrárnar gögn gögnin gagna
sq: skedar* dhënat dhënave
ca: fitxer* dades
gl: ficheiro*
eu: fitxategi* datuak
cy: ffeil*
af: lêers
ga: comhad* sonraí
mt: fajls fajl fajlijiet
ka: ფაილ* მონაცემ*
hy: ֆայլ* տվյալ*
az: fayl* məlumat*
kk: деректер*
uz: fayl*
mn: өгөгдөл*
ta: கோப்பு* ஃபைல* தரவு*
te: ఫైల* డేటా*
kn: ಫೈಲ* ಡೇಟಾ*
ml: ഫയൽ ഫയലു* ഡാറ്റ*
gu: ફાઇલ* ડેટા*
pa: ਫਾਈਲ* ਡਾਟਾ*
si: ගොනු* දත්ත*
my: ဖိုင်
km: ឯកសារ
lo: ໄຟລ໌
am: ፋይሎ* ፋይል* መረጃ*`,
  ],
  [
    SECRET,
    `lt: slaptažod* raktas raktą raktai raktus raktų žeton*
lv: atslēg*
sl: geslo gesla gesel gesli ključ* poverilnic*
hr: lozink* ključ* vjerodajnic*
sr: лозинк* кључ*
bg: идентификационни
mk: лозинк* клуч*
is: lykil* aðgangsorð*
sq: fjalëkalim* çelës çelësi çelësin çelësat kredenciale*
ca: contrasen* clau les+claus
gl: contrasina*
eu: pasahitz* gakoa gakoak kredentzial*
cy: cyfrinair* cyfrineir* gyfrinair* gyfrineir* allwedd*
af: wagwoord*
ga: pasfhoc* phasfhoc* bpasfhoc* eochair eochracha
mt: ċavetta ċwievet
lb: passwuert*
ka: პაროლ* გასაღებ* ტოკენ*
hy: գաղտնաբառ* բանալի* թոքեն*
az: şifrə* açar açarı açarları
kk: құпиясөз* кілт*
uz: kalit kalitni kalitlar kalitlari
mn: нууц+үг түлхүүр*
ta: பாஸ்வேர்ட* கடவுச்சொல்*
te: పాస్వర్డ*
kn: ಪಾಸ್ವರ್ಡ*
ml: പാസ്വേഡ*
gu: પાસવર્ડ*
pa: ਪਾਸਵਰਡ*
si: මුරපද*
my: စကားဝှက်
km: ពាក្យសម្ងាត់
lo: ລະຫັດຜ່ານ
am: የይለፍ ይለፍ ፓስወር*
ha: kalmar+sirri kalmomin+sirri
zu: iphasiwedi amaphasiwedi
so: erayga+sirta erayada+sirta
jv: sandhi
ps: پاسورډ* پټنوم*`,
  ],
  [
    SEND,
    `lt: siųsk* nusiųsk* išsiųsk* persiųsk* siųsti įkelk* perduok*
lv: sūti sūtiet sūtīt nosūti* aizsūti* pārsūti* augšupielādē*
sl: pošlj* posreduj*
hr: pošalji* pošalj* šalji* proslijedi*
sr: пошаљи* пошаљ* шаљи*
bg: изпрати* изпращ* прати* препрати* качи
mk: испрати* прати* препрати*
sk: pošlite poslať
is: sendu sendið áframsend*
sq: dërgo* përcill*
ca: envieu
eu: bidali* birbidali*
cy: anfon* danfon*
af: aanstuur oplaai
ga: seol seolaigí uaslódáil*
mt: ibgħat* ibagħt*
lb: schéck*
ka: გაგზავნ* გადააგზავნ* ატვირთ* გაუგზავნ*
hy: ուղարկ* վերբեռն*
az: göndər*
kk: жібер* жүкте*
uz: yubor*
mn: илгээ* явуул*
ne: पठाउ* पठाइ*
mr: पाठव*
ta: அனுப்ப* பதிவேற்ற*
te: పంపండి పంపు పంపించ*
kn: ಕಳುಹಿಸ*
ml: അയയ്ക്ക* അയക്ക*
gu: મોકલ*
pa: ਭੇਜ*
si: යවන්න යවන යවා
km: ផ្ញើ
lo: ສົ່ງ
am: ላክ ላኩ ይላኩ ላክልኝ
ig: zipu
zu: thumela*
xh: thumela*
jv: kirimna kirimake
ps: واستوه ولیږه ولېږه
ku: bişîne şandin`,
  ],
  [
    REVEAL,
    `lt: parodyk* atskleisk* spausdink* išspausdink*
lv: parādi parādiet parādīt atklāj* izdrukā*
sl: prikaži* pokaži* izpiši*
hr: prikaži* pokaži* ispiši* otkrij*
sr: прикажи* покажи* испиши* откриј*
bg: изведи* разкрий* отпечатай*
mk: прикажи* покажи* испечати*
is: sýndu sýnið birtu prentaðu
sq: shfaq* trego* printo
ca: ensenya* imprimeix* mostreu
gl: amosa*
eu: erakutsi* inprimatu*
cy: dangos*
af: wys
ga: taispeáin*
ka: აჩვენე* გამოიტანე*
hy: ցուցադր* ցույց+տուր
az: göstər*
kk: көрсет*
uz: koʻrsat* rsat rsating rsatib
mn: харуул*
ne: देखाउ*
mr: दाखव*
ta: காட்டு* காண்பி*
te: చూపించ*
kn: ತೋರಿಸ*
ml: കാണിക്ക*
gu: બતાવ*
pa: ਦਿਖਾ*
si: පෙන්ව*
km: បង្ហាញ
lo: ສະແດງ
am: አሳይ*
zu: bonisa*
xh: bonisa*
so: muuji*
jv: tuduhna tampilna
ps: وښایه
ku: nîşan+bide`,
  ],
  [
    MAKE,
    `lt: parašy* rašyk* sukurk* padaryk* sugeneruok*
lv: uzrakst* raksti rakstiet izveido* uztaisi*
sl: ustvari* izdelaj* naredi*
hr: napravi* izradi* stvori* kreiraj* razvij*
sr: направи направите створи* креирај*
bg: създай* създа* направи направете
mk: направи направете создај*
is: skrifaðu skrifið skrifa gerðu búðu+til forritaðu smíðaðu
sq: shkruaj* krijo* ndërto* zhvillo*
ca: escriu* fes desenvolupa*
eu: idatzi* sortu egin garatu* programatu*
cy: ysgrifenn* sgwennu creu crëwch gwnewch adeiladu* datblygu*
af: skryf skep bou
lb: schreif*
ga: scríobh cruthaigh*
mt: ikteb* oħloq agħmel ibni
ka: დაწერ* შექმენი* შექმნ* გააკეთე* დაპროგრამ*
hy: գրիր գրեք գրել ստեղծ* պատրաստ* մշակ*
az: yarat* düzəlt*
kk: жаз жазыңыз жаса* құр құрастыр*
uz: yoz yozing yozib yarat* tuzing
mn: бич* үүсгэ* хий*
ne: लेख्* बनाउ*
mr: लिही लिहा लिह* बनव*
ta: எழுது* உருவாக்க* உருவாக்கு* தயாரி*
te: రాయండి వ్రాయ* సృష్టించ* తయారుచేయ*
kn: ಬರೆ* ರಚಿಸ* ತಯಾರಿಸ*
ml: എഴുതു* എഴുത* ഉണ്ടാക്ക* സൃഷ്ടിക്ക*
gu: લખો લખી લખવું બનાવ*
pa: ਲਿਖ* ਬਣਾ*
si: ලිය* සාදන්න හදන්න නිර්මාණය*
my: ရေးပေး ရေးပါ ဖန်တီး
km: សរសេរ បង្កើត
lo: ຂຽນ ສ້າງ
am: ጻፍ ጻፉ ይጻፉ ፃፍ ፃፉ ፍጠር
ha: rubuta*
zu: bhala bhalela
xh: bhala bhalela
so: qor samee abuur*
jv: gawekna gawenen tulisen tulisna
ps: ولیکه جوړ*
ku: binivîse çêke`,
  ],
  [
    MALWARE,
    `lt: kenkėjišk* šnipinėjim*
lv: ļaunprātīg* spiegprogramm* izspiedējvīrus*
sl: zlonamern* vohunsk*
hr: zlonamjern* zlonamern* špijunsk*
sr: злонамерн* шпијунск* кејлогер*
bg: злонамерен злонамерн* рансъмуер* кийлогър*
mk: злонамерн* кејлогер*
is: spilliforrit* óværa
sq: keqdashës* spiunazh*
eu: maltzur* birus*
cy: maleisus faleisus ysbïwedd*
af: kwaadwillig* rekenaarvirus*
ga: mailíseach*
mt: malizzjuż*
ka: მავნე მავნებელ* კეილოგ* ვირუს* ტროიან* ჯაშუშ*
hy: վնասակար* քեյլոգեր* վիրուս* տրոյան* լրտես*
az: zərərli* troyan*
kk: зиянды* тыңшы*
uz: josus* troyan*
mn: хортой хорлон* тагнуул*
ne: मालवेयर* किलगर* कीलगर* भाइरस* हानिकारक*
mr: मालवेअर* व्हायरस* हानिकारक*
ta: கீலாக்கர* மால்வேர* வைரஸ* தீம்பொருள* ட்ரோஜன*
te: కీలాగర* మాల్వేర* వైరస* హానికరమైన*
kn: ಕೀಲಾಗರ* ಮಾಲ್ವೇರ* ವೈರಸ* ದುರುದ್ದೇಶಪೂರಿತ*
ml: കീലോഗ* മാൽവെയ* വൈറസ* ക്ഷുദ്ര*
gu: કીલોગર* માલવેર* વાયરસ* હાનિકારક*
pa: ਕੀਲੌਗਰ* ਮਾਲਵੇਅਰ* ਵਾਇਰਸ*
si: කීලොගර* මැල්වෙයා* වෛරස* අනිෂ්ට*
my: ကီးလော့ဂါ မယ်လ်ဝဲ ဗိုင်းရပ်စ်
km: មេរោគ
lo: ມັນແວ ໄວຣັສ
am: ኪይሎገ* ኪሎገ* ማልዌ* ቫይረ*
so: fayras*
ku: ڤایرۆس*`,
  ],
  [
    DISABLE,
    `lt: išjunk* deaktyvuok* sustabdyk* apeik
lv: izslēdz* atslēdz* deaktivizē* apturi apturēt
sl: izklopi* onemogoči* deaktiviraj* zaustavi*
hr: isključi* onemogući* ugasi* deaktiviraj* zaobiđi*
sr: искључи* онемогући* угаси* заобиђи* деактивирај*
bg: изключи* деактивирай* спри заобиколи*
mk: исклучи* оневозможи* деактивирај* запри* заобиколи*
is: slökktu slökkva óvirkj*
sq: çaktivizo* ndalo* anashkalo*
ca: desactiveu desactivar
eu: desaktibatu* itzali* gelditu*
cy: analluog* diffodd*
af: afskakel* skakel+af omseil*
ga: díchumasaigh*
mt: itfi iddiżattiva*
lb: ausschalten desaktivéier*
ka: გამორთე* გათიშე* დეაქტივაცი*
hy: անջատ* ապաակտիվ*
az: söndür* deaktiv* dayandır*
kk: өшір* ажырат* тоқтат*
uz: oʻchir* chir chiring ўчир*
mn: унтраа* идэвхгүй*
ne: बन्द*
ta: அணைக்க* முடக்க*
te: ఆపివేయ* నిలిపివేయ* డిసేబుల*
kn: ನಿಷ್ಕ್ರಿಯಗೊಳಿಸ*
ml: പ്രവർത്തനരഹിതമാക്ക* ഓഫാക്ക*
gu: બંધ* નિષ્ક્રિય*
pa: ਬੰਦ* ਅਯੋਗ*
si: අක්‍රිය*
my: ပိတ်
km: បិទ
lo: ປິດ
am: አቦዝን
ha: kashe
zu: cisha*
so: jooji*
jv: pateni mateni nonaktifna
ku: vemirîne`,
  ],
  [
    DEFENCE,
    `lt: ugniasien* saugum* apsaug*
lv: ugunsmūr* drošīb* aizsardzīb* pretvīrus*
sl: požarni+zid požarnega+zidu varnost* zaščit* protivirus*
hr: vatrozid* sigurnost* zaštit* antivirusn*
sr: заштитни+зид заштит* безбедност* фајервол*
bg: защитна+стена защитната+стена защит* сигурност*
mk: заштитен+ѕид заштитниот+ѕид заштит* безбедност*
is: eldvegg* vírusvörn* öryggi*
sq: mur+mbrojtës muri+mbrojtës mbrojtj* sigurisë siguria sigurinë
ca: tallafoc* seguretat
gl: devasa* seguridade
eu: suebaki* segurtasun* antibirus*
cy: wal+dân diogelwch gwrthfeirws*
af: brandmuur* sekuriteit*
ga: balla+dóiteáin slándáil cosaint
mt: sigurtà protezzjoni
lb: sécherheet*
ka: ფაიერვოლ* ბრანდმაუერ* ანტივირუს* უსაფრთხოებ* დაცვ*
hy: ֆայրվոլ* ֆայերվոլ* հակավիրուս* անվտանգ* պաշտպանությ*
az: təhlükəsizlik*
kk: қауіпсіздік* қорғаныс*
uz: xavfsizlik* himoya* fayrvol*
mn: галт+хана хамгаалалт* аюулгүй*
ne: फायरवाल* एन्टिभाइरस*
mr: फायरवॉल* अँटीव्हायरस*
ta: ஃபயர்வால* ஆன்டிவைரஸ* பாதுகாப்ப*
te: ఫైర్వాల* యాంటీవైరస* భద్రత*
kn: ಫೈರ್ವಾಲ* ಆಂಟಿವೈರಸ* ಭದ್ರತ*
ml: ഫയർവാൾ ഫയർവാള* ആന്റിവൈറസ* സുരക്ഷ*
gu: ફાયરવોલ* એન્ટિવાયરસ* સુરક્ષા*
pa: ਫਾਇਰਵਾਲ* ਐਂਟੀਵਾਇਰਸ* ਸੁਰੱਖਿਆ*
si: ෆයර්වෝල* ප්‍රතිවයිරස* ආරක්ෂ*
my: လုံခြုံရေး ကာကွယ်
km: ជញ្ជាំងភ្លើង សុវត្ថិភាព កំចាត់មេរោគ ការពារ
lo: ໄຟວໍ ຄວາມປອດໄພ ປ້ອງກັນ
am: ፋየርዎ* ጸረ+ቫይረስ ፀረ+ቫይረስ ደህንነ*
ku: ewlehî*`,
  ],
  [
    LOGS,
    `lt: žurnal*
lv: žurnāl*
sl: dnevnik*
hr: zapisnik* dnevnik* logove
sr: дневник* записник* логове
bg: дневник* логове*
mk: дневник* логови*
is: annálar annála annálum atvikaskr*
sq: regjistr*
ca: registres
gl: rexistros
eu: erregistro*
cy: logiau cofnodion
ga: logaí
mt: reġistri
ka: ლოგი ლოგს ლოგებ* ჟურნალ*
hy: լոգեր* լոգը մատյան*
kk: логтар*
mn: логууд логийг
ne: लगहरू
ta: லாக்குக* பதிவுக*
te: లాగ్లు లాగ్స
kn: ಲಾಗ್ ಲಾಗ್ಗಳ*
ml: ലോഗുക*
gu: લોગ્સ લૉગ્સ
pa: ਲੌਗ*
si: ලොග*
my: မှတ်တမ်း
km: កំណត់ហេតុ
am: ሎግ* ሎጎች ሎጎቹን መዝገብ*
so: diiwaan*`,
  ],
  [
    CONCEAL,
    `lt: slapta nepastebim* paslėp* niekam
lv: slepeni nemanām* nepamanīt* paslēp* neviens
sl: skrivaj neopazn* skrij* nihče
hr: potajno tajno neprimjetno sakrij* nitko nikome
sr: тајно потајно неприметно сакриј* нико никоме
bg: тайно незабелязано скрий* никой
mk: тајно незабележано скриј* никој
is: leynilega laumi laumu* feldu enginn
sq: fshehurazi fshehtas fshih* askush
ca: secretament amagat amaga* ningú
gl: en+segredo agochadas agoch* ninguén
eu: ezkutuan ezkuta* isilean inork*
cy: gyfrinachol ddirgel cuddi* cudd
af: die+geheim ongemerk* versteek*
ga: faoi+rún rúnda ngan+fhios folaigh*
mt: moħbi sigriet aħbi
lb: heemlech
ka: ფარულად შეუმჩნევლად დამალე* არავინ
hy: գաղտնի գաղտնիորեն թաքուն թաքցր* աննկատ* ոչոք ոչ+ոք
az: gizlicə xəbərsiz heç+kim
kk: жасырын* білдірмей ешкім
uz: yashirincha yashir* hech+kim bildirmasdan
mn: нууцаар нуугаад
ne: गोप्य* चुपचाप लुकाउ* लुकाएर
mr: गुपचूप लपव*
ta: ரகசிய* மறைத்* மறைக்க* தெரியாமல்
te: రహస్య* దాచ* తెలియకుండా
kn: ರಹಸ್ಯ* ಗುಟ್ಟಾಗಿ ಮರೆಮಾಡ*
ml: രഹസ്യ* ഒളിപ്പിക്ക* ഒളിപ്പിച്ച* അറിയാതെ
gu: ગુપ્ત* છાનામાના છુપાવ*
pa: ਗੁਪਤ* ਚੁੱਪਚਾਪ ਲੁਕਾ*
si: රහසින් රහසිගත* සඟව*
my: လျှို့ဝှက် တိတ်တဆိတ်
km: ដោយសម្ងាត់ លាក់
lo: ລັບໆ ແອບ ເຊື່ອງ
am: በድብቅ ድብቅ* በሚስጥር ደብቅ
ha: ɓoye boye asirce
yo: ni+ikoko
ig: na+nzuzo nzuzo
zu: ngasese ngokuyimfihlo yimfihlo fihla
xh: ngokufihlakeleyo fihla
so: qarsoodi*
jv: meneng umpetan ndhelik* singidan
ps: پټه
ku: bi+dizî نهێنی`,
  ],
  [
    IGNORE,
    `lt: ignoruok* pamiršk* nepaisyk*
lv: aizmirsti*
sl: ignoriraj* pozabi* prezri*
hr: ignoriraj* zaboravi* zanemari*
sr: игнориши* заборави* занемари*
bg: игнорирай* забрави*
mk: игнорирај* заборави* занемари*
is: hunsaðu hunsa gleymdu gleymið
sq: injoro* harro* shpërfill*
ca: oblida*
eu: ahaztu* baztertu*
cy: anwybydd* anghofi*
af: ignoreer*
ga: neamhaird dearmad
mt: injora
lb: ignoréier* vergiess*
ka: უგულებელყ* დაივიწყ* იგნორირ*
hy: անտեսիր անտես* մոռացիր մոռաց*
az: unudun nəzərə+alma
kk: елеме елемеңіз ұмыт*
uz: eʼtiborsiz tiborsiz tibor+berma
mn: мартаарай
ne: बेवास्ता* बिर्स*
mr: दुर्लक्ष* विसर*
ta: புறக்கணி* மறந்து*
te: విస్మరించ* మర్చిపో*
kn: ನಿರ್ಲಕ್ಷಿಸ* ಮರೆತು*
ml: അവഗണിക്ക* മറക്കു*
gu: અવગણ* ભૂલી*
pa: ਅਣਡਿੱਠ* ਭੁੱਲ*
si: නොසලකා අමතක
my: လျစ်လျူ
km: មិនអើពើ បំភ្លេច
lo: ບໍ່ສົນໃຈ
am: ችላ እርሳ
yo: gbagbe
zu: khohlwa
so: illow
jv: lalekna`,
  ],
  [
    RULES,
    `lt: instrukcij* taisykl* nurodym*
lv: instrukcij* noteikum* norādījum*
sl: navodil* pravil* omejitv*
hr: uput* pravil* ograničenj*
sr: упутств*
mk: упатств*
is: fyrirmæl* reglur* leiðbeining*
sq: udhëzim* rregull*
ca: regles normes directrius
eu: argibide* jarraibide* arau*
cy: cyfarwydd* gyfarwydd* rheol*
af: instruksie* voorskrifte opdragte
ga: treoracha rialacha
mt: istruzzjonijiet regoli
lb: uweisung* reegel*
ka: ინსტრუქცი* წესებ* მითითებ*
hy: հրահանգ* կանոն*
az: təlimat* qayda*
kk: нұсқау* ереже*
uz: qoida* yoʻriqnoma koʻrsatma* rsatma*
mn: заавар* дүрэм*
ne: निर्देशन*
mr: सूचना*
ta: அறிவுறுத்தல* விதிக* விதிமுறை*
te: సూచనల* నియమ*
kn: ಸೂಚನೆ* ನಿಯಮ*
ml: നിർദ്ദേശ* നിയമ*
gu: સૂચના* નિયમ*
pa: ਹਦਾਇਤ* ਨਿਯਮ*
si: උපදෙස්* නීති*
my: ညွှန်ကြားချက် စည်းမျဉ်း
km: សេចក្តីណែនាំ
lo: ຄຳແນະນຳ
am: መመሪያ* ህጎ*
ha: umarni* dokoki
yo: itosona
zu: imiyalelo imithetho
xh: imiyalelo imithetho
so: tilmaamah* xeerar*
jv: pituduh*
ps: لارښوون*`,
  ],
  [
    SYS,
    `lt: ankstesn* pradin*
lv: iepriekšēj* sākotnēj*
sl: prejšnj* začetn*
hr: prethodn* početn* izvorn* skriven*
sr: системск* претходн* почетн* скривен*
bg: системн* предишн* първоначалн* скрит*
mk: системск* претходн* почетн* скриен*
is: kerfi* fyrri upphafleg* falin falinn falið
sq: mëparshm* fillestar*
ca: anteriors inicials
eu: aurreko hasierako
cy: blaenorol cychwynnol
af: stelsel* oorspronklike
ga: córas córais gcóras
ka: სისტემ* წინა საწყის* ფარულ*
hy: համակարգ* նախորդ* սկզբնական* թաքնված*
az: əvvəlki ilkin
kk: жүйе* алдыңғы бастапқы
uz: tizim* oldingi yashirin
mn: системийн өмнөх анхны
ne: प्रणाली*
mr: प्रणाली* मागील
ta: சிஸ்டம* முந்தைய
te: సిస్టమ* మునుపటి
kn: ಸಿಸ್ಟಮ* ಹಿಂದಿನ
ml: സിസ്റ്റം* മുമ്പത്തെ
gu: સિસ્ટમ* અગાઉ*
pa: ਸਿਸਟਮ* ਪਿਛਲ*
si: පද්ධති* පෙර
my: စနစ်
km: ប្រព័ន្ធ
lo: ລະບົບ
am: ሲስተ* ስርዓ*`,
  ],
  [
    PROMPT,
    `ka: პრომპტ*
hy: պրոմպտ*
kk: промпт*
ta: ப்ராம்ப்ட*
am: ፕሮምፕ*`,
  ],
  [
    FIND,
    `lt: raskite surask* išsiaiškink*
lv: atrodi* atrast noskaidro* izseko*
sl: poišči* izsledi*
hr: pronađi* nađi saznaj*
sr: пронађи* нађи сазнај*
bg: намери намерете открий* разбери
mk: најди* пронајди* дознај*
is: finndu finna rektu
sq: gjej* gjeni zbulo* gjurmo*
ca: troba* localitza* esbrina*
gl: atopa* descobre*
eu: aurkitu* bilatu*
cy: canfod* darganfod* olrhain
ga: aimsigh*
ka: იპოვე* მოძებნე* გაარკვიე*
hy: գտիր գտնել որոնիր պարզիր
az: ^tap tapın tapmaq tapıb
kk: тап табыңыз анықта*
uz: toping aniqla*
ne: पत्ता+लगाउनुहोस् पत्ता+लगाउनुस् पत्ता+लगाउ
mr: शोध*
ta: கண்டுபிடி* தேடு*
te: కనుగొన* వెతుక*
kn: ಹುಡುಕ* ಪತ್ತೆಹಚ್ಚ*
ml: കണ്ടെത്ത* തിരയ*
gu: શોધ*
pa: ਲੱਭ* ਖੋਜ*
si: සොයා* හොයා*
lo: ຊອກຫາ
am: ፈልግ ፈልጉ አግኝ
zu: thola
xh: fumana
so: raadi*
jv: golekna goleki
ku: bibîne`,
  ],
  [
    ADDR,
    `sl: naslov*
hr: lokacij*
sr: локациј*
is: heimilisfang* netfang* staðsetn*
sq: vendndodhj*
ca: adreça* ubicació
gl: enderezo* localización
eu: helbide* kokapen*
cy: cyfeiriad* gyfeiriad* lleoliad*
af: ligging huisadres*
ga: seoladh
mt: indirizz*
ka: მისამართ* მდებარეობ*
hy: հասցե*
az: ünvan*
kk: мекенжай*
uz: manzil*
mn: хаяг*
ne: ठेगाना*
mr: पत्ता* पत्त्या*
ta: முகவரி*
te: చిరునామా*
kn: ವಿಳಾಸ*
ml: വിലാസ*
gu: સરનામ*
pa: ਪਤਾ ਪਤੇ
si: ලිපින*
my: လိပ်စာ
km: អាសយដ្ឋាន
lo: ທີ່ຢູ່
am: አድራሻ*
ha: adireshi*
yo: adirẹsi
zu: ikheli
so: cinwaan* ciwaan*
ku: navnîşan*`,
  ],
  [
    PERSON,
    `lt: gyvena asmens+kodas asmens+kodą
lv: dzīvo personas+kods
sl: živi
hr: živi prebivališt* kućnu+adresu
sr: живи кућну+адресу
bg: живее
mk: живее
is: býr kennitöl*
af: woon tuisadres*
ka: ცხოვრობს
hy: ապրում
az: yaşayır
kk: тұрады
uz: yashaydi
mn: амьдардаг
ne: बस्छ
mr: राहतो राहते`,
  ],
  [
    BULK,
    `lt: tūkstanči*
lv: tūkstoš* masveid*
sl: tisoč* množičn*
hr: tisuć* hiljad* masovn*
sr: хиљад* масовн*
bg: хиляд*
mk: илјад* масовн*
is: þúsund*
sq: mijëra
ca: milers
eu: milaka
cy: miloedd
af: duisende
mt: eluf
ka: ათასობით მასობრივ*
hy: հազարավոր զանգվածային*
az: minlərlə kütləvi*
kk: мыңдаған жаппай
uz: minglab ommaviy
mn: мянга*
ne: हजारौं
ta: ஆயிரக்கணக்கான
am: ሺዎች`,
  ],
  [
    MESSAGE,
    `lt: žinut* laišk*
lv: ziņojum* vēstul*
sl: sporočil*
hr: poruk*
sr: порук*
mk: порак*
is: skilaboð* tölvupóst*
sq: mesazh*
ca: missatge* correu*
gl: mensaxe*
eu: mezu*
cy: neges*
af: boodskap*
ga: teachtaireacht* ríomhphost*
ka: შეტყობინებ* წერილ*
hy: հաղորդագրությ* նամակ*
uz: xabar*
mn: зурвас*
ne: सन्देश*
ta: செய்தி*
te: సందేశ*
kn: ಸಂದೇಶ*
ml: സന്ദേശ*
gu: સંદેશ*
pa: ਸੁਨੇਹ*
si: පණිවිඩ*
am: መልእክ*
so: fariin*
jv: pesen*`,
  ],
  [
    FAKE,
    `lt: netikr* suklastot*
lv: viltot*
sl: lažn* ponarejen*
hr: lažn* krivotvoren*
sr: лажн*
bg: измислен*
mk: лажн*
sq: rreme
eu: faltsu*
cy: ffug
ga: bréag*
ka: ყალბ*
hy: կեղծ*
az: saxta
kk: жалған
uz: soxta
mn: хуурамч*
ne: नक्कली
ta: போலி*
te: నకిలీ*
kn: ನಕಲಿ*
ml: വ്യാജ*
gu: નકલી*
pa: ਨਕਲੀ*
si: ව්‍යාජ*
am: የውሸት ሐሰተኛ`,
  ],
  [
    REVIEW,
    `lt: atsiliepim* apžvalg*
lv: atsauksm*
sl: mnenj*
hr: recenzij*
bg: отзив* ревю*
is: umsagn* umsögn*
sq: vlerësim*
ca: ressenya* valoracions
gl: recensión*
eu: iruzkin*
cy: adolygiad*
af: resensie*
ga: léirmheas*
ka: მიმოხილვ* შეფასებ*
hy: կարծիք* գրախոսակ*
az: rəy*
kk: пікір*
uz: sharh*
mn: сэтгэгдэл*`,
  ],
  [
    TARGET,
    `lt: buvus* mergina merginą merginos merginai vaikin* kaimyn* žurnalist*
lv: bijuš* draudzen* kaimiņ* kolēģ* žurnālist*
sl: bivš* punca punce punci punco sosed* sodelav* novinar*
hr: bivš* djevojk* dečka dečko susjed* kolegic* novinar*
sr: бивш* девојк* дечк* комшиј* сусед* колег* новинар*
bg: бивш* приятелк* съсед* колег*
mk: поранешн* девојк* сосед* колег* новинар*
is: fyrrverandi kærust* nágrann* blaðam*
sq: ish fqinj* kolleg* gazetar*
ca: exparella veí veïna veïns
eu: ohia ohiaren bizilagun* lankide* kazetari*
af: eksmeisie ekskêrel meisie bure kollega joernalis*
ka: ყოფილ* შეყვარებულ* მეზობ* კოლეგ* ჟურნალისტ*
hy: նախկին ընկերուհ* հարևան* գործընկեր* լրագրող*
az: keçmiş qonşu* həmkar*
kk: бұрынғы көрші* әріптес*
uz: sobiq hamkasb*
ne: प्रेमिका* छिमेकी*
ta: முன்னாள் காதலி* அண்டை* பத்திரிகையாளர்*
am: ቀድሞ የቀድሞ ፍቅረኛ* ጎረቤ* ባልደረባ* ጋዜጠኛ*`,
  ],
  [
    CONTACTS,
    `lt: kontaktams kontaktų kontaktus
lv: kontaktiem kontaktus
sl: stikom kontaktom
hr: kontaktima kontakata
sr: контактима
bg: контактите
mk: контактите
is: tengiliðum tengiliða tengiliðina
sq: kontakteve kontaktet
ca: contactes
eu: kontaktuei
cy: cysylltiadau
af: kontakte
ka: კონტაქტებ*
hy: կոնտակտներ*
az: kontaktlara kontaktlarıma
kk: контактілер*
uz: kontaktlar*
ne: सम्पर्कहरू*
ta: தொடர்புகளுக்கு
am: እውቂያዎች*`,
  ],
  [
    QUESTION,
    `lt: kodėl paaiškink* skirtum* legalu pavojing* rizik* veikia straipsn*
lv: kāpēc paskaidro* izskaidro* atšķirīb* likumīg* bīstam* riski risku darbojas raksts rakstu
sl: zakaj razloži* pojasni* razlik* zakonit* nevarn* tveganj* deluje članek
hr: zašto objasni* razlik* opasn* funkcionira članak
sr: зашто објасни* разлик* ризик* функционише чланак
bg: защо обясни* разлик* статия*
mk: зошто објасни* разлик* ризик* функционира
sk: článok funguje
is: hvers+vegna hverju útskýr* munur* löglegt hættuleg* áhætt* virkar
sq: pse shpjego* dallim* ligjor* rrezik* funksionon artikull*
ca: perquè per+què diferència perill* riscos funciona
gl: diferenza perigoso
eu: zergatik azaldu azaltzen azalpen* desberdintasun* legezko* arrisku* funtzionatzen artikulu*
cy: pam+mae esbonio esboniwch esbonia gwahaniaeth* cyfreithlon* peryglus risg* erthygl*
af: hoekom verduidelik* verskil* wettig* gevaarlik*
ga: cén+fáth mínigh difríocht* dlíthiúil contúirteach baol*
mt: għaliex spjega* perikolu* riskji artiklu
lb: firwat erklär*
ka: რატომ ახსენი ამიხსენი ახსნ* განსხვავებ* ლეგალურ* კანონიერ* საშიშ* რისკ* სტატი*
hy: ինչու բացատր* տարբերությ* օրինական* վտանգավոր* ռիսկ* հոդված*
az: niyə izah* fərq* qanuni* təhlükəli* məqalə*
kk: неге түсіндір* айырмашылығ* заңды* қауіпті* тәуекел* мақала*
uz: nega tushuntir* farq* qonuniy xavfli maqola*
mn: яагаад тайлбарла* ялгаа* аюултай* эрсдэл* нийтлэл*
ne: किन बुझाउ* व्याख्या* फरक कानुनी*
mr: समजाव* फरक कायदेशीर* धोकादायक*
ta: ஏன் விளக்கு விளக்க* வித்தியாச* சட்டப்பூர்வ* ஆபத்தான* கட்டுரை*
te: ఎందుకు వివరించ* తేడా* చట్టబద్ధ* ప్రమాదకర* వ్యాసం*
kn: ಏಕೆ ವಿವರಿಸ* ವ್ಯತ್ಯಾಸ* ಕಾನೂನುಬದ್ಧ* ಅಪಾಯಕಾರಿ* ಲೇಖನ*
ml: എന്തുകൊണ്ട് വിശദീകര* വ്യത്യാസ* നിയമപര* അപകടകര* ലേഖന*
gu: કેમ શા+માટે સમજાવ* તફાવત* કાયદેસર* ખતરનાક* જોખમ*
pa: ਕਿਉਂ ਸਮਝਾ* ਫਰਕ* ਕਾਨੂੰਨੀ* ਖਤਰਨਾਕ*
si: ඇයි පැහැදිලි* වෙනස* භයානක* අවදානම*
my: ဘာကြောင့် ရှင်းပြ
km: ហេតុអ្វី ពន្យល់
lo: ເປັນຫຍັງ ອະທິບາຍ
am: ለምን አስረዳ* አብራራ* ልዩነ* ሕጋዊ አደገኛ
yo: kilode salaye iyato ewu
zu: kungani chaza umehluko ingozi
xh: kutheni cacisa umahluko
so: maxay sababta sharax* farqi* khatar*
jv: ngapa jelasna jelasno bedane bebaya
ps: ولې تشریح* توپیر
ku: ravekirin* ferq* xeternak*`,
  ],
  [
    DEFEND,
    `lt: apsaugok* įjunk* nuskenuok* atkurk* užkirsk*
lv: aizsargā* ieslēdz* skenē* atjauno* novērs*
sl: zaščiti zaščitite vklopi* omogoči* preglej* prepreči*
hr: zaštiti zaštitite uključi* omogući* skeniraj* oporavi* spriječi*
sr: заштити заштитите укључи* омогући* скенирај* спречи*
bg: защити възстанови* предотврати*
mk: заштити вклучи* скенирај* спречи*
sk: nahlás*
is: verndaðu vernda* kveiktu skannaðu endurheimt*
sq: mbroj mbro mbroni mbrojeni aktivizo* skano* rikthe* parandalo*
ca: protegeix* escaneja*
gl: protexe*
eu: babestu* aktibatu* eskaneatu* berreskuratu* piztu* saihestu*
cy: diogelu amddiffyn* galluogi* sganio sganiwch adfer*
af: skakel+aan skandeer* herstel*
ga: cosain cumasaigh* athchóirigh*
mt: ipproteġi* skennja irrestawra
lb: schützen aktivéier*
ka: დაიცავ* ჩართე* დაასკანერ* აღადგინ*
hy: պաշտպանիր միացր* սկանավոր* վերականգն*
az: qoru qoruyun aktivləşdir* bərpa*
kk: қорға қорғаңыз сканерле* қалпына
uz: skanerla* tikla*
mn: хамгаалаарай асаа* сэргээ*
ne: स्क्यान*
mr: स्कॅन*
ta: பாதுகாக்க* ஸ்கேன*
te: రక్షించ* స్కాన*
kn: ರಕ್ಷಿಸ* ಸ್ಕ್ಯಾನ*
ml: സംരക്ഷിക്ക* സ്കാൻ*
gu: સ્કેન*
pa: ਸਕੈਨ*
si: ස්කෑන්*
am: ጠብቅ ይጠብቁ አንቃ
zu: vikela*
xh: khusela*
jv: njaga lindhungi
ku: biparêz*`,
  ],
  [
    SAFE,
    `lt: talpykl* laikin*
lv: kešatmiņ* pagaidu
sl: predpomniln* začasn* stari starih
hr: predmemorij* privremen* stari starih
sr: привремен* старе старих
bg: кеша кешът стари старите
mk: кешот привремен* стари
is: skyndiminn* tímabund* gaml*
sq: përkohshm*
ca: memòria+cau temporals antics antigues
gl: temporais antigos
eu: cachea aldi+baterako zahar*
cy: dros+dro storfa+dros
af: tydelik*
ga: taisce sealadach* shealadach*
mt: temporanj*
lb: temporär*
ka: ქეშ* დროებით* ძველ*
hy: քեշ* ժամանակավոր* հին
az: müvəqqəti* köhnə
kk: кэш* уақытша ескі
uz: kesh* vaqtincha*
ne: क्यास*
mr: कॅशे* तात्पुरत* जुने
ta: கேஷ* தற்காலிக* பழைய
te: కాష* తాత్కాలిక* పాత
kn: ಕ್ಯಾಷ* ತಾತ್ಕಾಲಿಕ* ಹಳೆಯ
ml: കാഷ* താൽക്കാലിക* പഴയ
gu: કેશ* અસ્થાયી* કામચલાઉ જૂની જૂના
pa: ਕੈਸ਼* ਅਸਥਾਈ* ਪੁਰਾਣ*
si: හැඹිලි* තාවකාලික* පැරණි
my: ယာယီ
km: បណ្ដោះអាសន្ន
lo: ຊົ່ວຄາວ
am: ካሽ* ጊዜያዊ*
jv: lawas`,
  ],
  [
    HOW,
    `lt: kaip
sl: kako
hr: kako
sr: како
mk: како
is: hvernig
eu: nola
cy: sut
ga: conas
mt: kif
ka: როგორ
hy: ինչպես
az: necə
kk: қалай
uz: qanday
mn: яаж
ne: कसरी
mr: कसे कसा कशी
ta: எப்படி
te: ఎలా
kn: ಹೇಗೆ
ml: എങ്ങനെ
gu: કેવી
pa: ਕਿਵੇਂ
si: කොහොමද කෙසේ
my: ဘယ်လို
km: របៀប
lo: ແນວໃດ
am: እንዴት
yo: bawo
zu: kanjani
xh: njani
so: sidee
jv: piye kepiye carane
ps: څنګه
ku: çawa`,
  ],
  [
    NEG,
    `sq: mos nuk
ka: ნუ არ
hy: մի
mn: битгий бүү
ha: kada
jv: aja
ps: مه
yue: 唔好`,
  ],
  [NEG, `nicht nichts niets inte ikke n nie не ne no non nao não μην μη ala älä jangan huwag אל لا मत না ничего нічого`],
  // Round nine: the words the later combinations need in the languages that lacked them.
  [
    RULES,
    `^policy
fr: politique
es: política
it: politica
pt: política
nl: beleid
pl: polityk*
ru: политик*
uk: політик*
tr: politika*
el: πολιτικη
id: kebijakan
he: מדיניות
ar: سياسة
fa: سياست
hi: नीति पॉलिसी
ja: ポリシー 方針
zh: 政策
ko: 정책
vi: chinh+sach
te: పాలసీ`,
  ],
  [
    ALL,
    `de: volle vollen
te: పూర్తి
kn: ಪೂರ್ಣ
ru: полный полная полное полную полного
zh: 全额 全額`,
  ],
  [
    FIND,
    `it: individua individuare
ja: 探し出 洗い出
zu: thola uthole ukuthola bheka ubheke
yi: געפינ*
ig: chọta chọpụta
so: raadi
la: inveni`,
  ],
  [
    TARGET,
    `yi: עקס עקס־כאַווערטע כאַווערטע
ne: पूर्व+प्रेमिका`,
  ],
  [
    ADDR,
    `de: zimmernummer* wohnadresse* heimadresse* privatadresse*
ne: कोठा+नम्बर
hi: कमरा+नंबर
ja: 部屋番号
zh: 房间号 房號 房间号码
ko: 객실+번호 방+번호`,
  ],
  [
    SEND,
    `sn: inotumira tumira tumire
la: mittat mitte mittito
te: పంపించు
ig: zitere ziga`,
  ],
  [
    SECRET,
    `^environment+variables ^env+vars
sn: makiyi nemakiyi`,
  ],
  [
    FAKE,
    `la: fictam ficta fictum falsam falsum
de: gefälschte
sw: bandia
id: palsu
tr: sahte
ru: поддельн* фальшив* фейков*
uk: підробн* фальшив*
ja: 偽の 偽物 偽装
zh: 伪造 偽造 假的 仿冒
ko: 가짜 위조`,
  ],
  [MALWARE, `^hijacker`],
  [
    DISABLE,
    `si: මඟහර* මගහර*
ta: தவிர்க்கும் ஏமாற்று*`,
  ],
  [
    CONCEAL,
    `cs: nevěděl* nevšiml* nevšimla
sk: nevedel* nevedela
lo: ໂດຍບໍ່ບອກ ບໍ່ບອກ
th: โดยไม่บอก ไม่ต้องบอก
ja: 知らせずに 伝えずに 言わずに
zh: 不告诉 不告訴 不要告诉 不要告訴 不通知
ko: 알리지 모르게 언급하지
fr: en+secret mentionnez+pas mentionne+pas
de: erwähne+nicht erwähnt+nicht nicht+erwähnen
es: no+menciones no+mencionen
it: non+menzionare
pt: não+mencione não+mencionem
nl: vermeld+niet niet+vermelden
pl: nie+wspominaj nie+mówiąc
ru: не+упоминай не+упоминайте не+говоря
uk: не+згадуй не+кажучи
tr: söylemeden
el: μην+αναφερετε μην+αναφερεις
ja: 伝えないで 知らせないで 言及しないで 触れないで
zh: 不要提及 不要提到 不要提起`,
  ],
  [
    QUESTION,
    `de: diskriminier* verbot* verboten
^illegal
fr: discrimin* interdi* illégal*
es: discrimin* prohib* ilegal ilegales por+qué
it: discrimin* vietat* vietare illegale illegali
pt: discrimin* proib* ilegal ilegais por+que
nl: discrimin* verbod* verboden
sv: diskriminer* förbjud* förbud*
da: diskriminer* forbud*
no: diskriminer* forbud*
fi: syrjin* kielletty*
pl: dyskrymin* zakaz* nielegaln*
cs: diskrimin* zákaz* nezákonn*
ru: дискриминац* запрещ* незаконн*
uk: дискримінац* заборон*
tr: ayrımcılık* yasak*
el: διακρισ* απαγορ*
id: diskriminasi dilarang
he: אפליה אסור*
ar: تمييز ممنوع* يحظر
fa: تبعيض ممنوع
hi: भेदभाव निषिद्ध
ja: 差別 禁止
zh: 歧视 歧視 禁止
ko: 차별 금지
vi: phan+biet`,
  ],
  // Languages and scripts read thinly before: West African, Southern African and Horn of Africa languages,
  // regional languages of Europe, Kurmanji in Latin letters, Sundanese, Ilocano, Assamese and the Indic,
  // Southeast Asian and Turkic scripts' words for downloading, running, targets and homes.
  [
    DESTROY,
    `yo: pa+gbogbo nu+gbogbo
st: hlakola* tlosa senya
tn: phimola* phimotse senya
ny: fufutani fufuta chotsani ononga
om: haqi haqaa balleessi
ti: ደምስስ ሰርዝ
wo: far+yépp
fy: wiskje wisk fuortsmite ferneatigje
ast: desanicia desaniciar desanicies esborria esborriar
co: sguassate sguassà cancellate
kmr: jê+bibe jêbibe jê+bibin biqedîne
su: pupus hapus
ilo: ikkaten ikkatem pukawen
as: মচি* ডিলিট*`,
  ],
  [
    STORE,
    `yo: ipamọ olupin afẹyinti
ha: rumbun+bayanai sabar
zu: isizindalwazi iseva amaseva
st: seva
ny: seva malo+osungira
sn: maserver server+yese dhatabhesi
om: kuusaa+deetaa sarvara* sarvarii
fy: databank* produksjedatabank* tsjinner*
ast: sirvidor*
co: servore*
oc: servidor*
kmr: paşekeftin* danegeh*
as: ডাটাবেছ* ছাৰ্ভাৰ*`,
  ],
  [
    SECRET,
    `yo: ọrọigbaniwọle ọ̀rọ̀+aṣínà koodu+aṣiri
st: phasewete* diphasewete
tn: phasewete* diphasewete
ny: achinsinsi
om: jecha+icciitii jechoota+icciitii furtuu* furtuuwwan
ti: መሕለፊ
wo: baatu+jàll baatu+jàllu
mg: tenimiafin'ny tenimiafin lakile
fy: wachtwurd* wachtwurden
ast: contraseñes contraseña
co: chjave
kmr: şîfre* şîfreyên
su: sandi kecap+konci
ilo: password+mo
tl: mga+password
as: পাছৱৰ্ড*`,
  ],
  [
    SEND,
    `yo: firanṣẹ* fi+ranṣẹ
ha: aiko tura+mini
st: romela* romele
tn: romela* romele
ny: tumizani tumiza
om: ergi ergaa+gochuu
ti: ስደድ ለኣኽ
wo: yónnee yonnee
fy: stjoer* ferstjoer*
ast: unvia unviar
co: mandà mandatelu
gl: envía enviar manda
la: mittite
kmr: bişîne bişînin
su: kirim* ngirim*
ilo: ipatulod ipatulodmo
ceb: ipadala
as: পঠিয়াই পঠিয়াওক পঠাওক`,
  ],
  [
    REVEAL,
    `yo: fihan
ha: nuna
ig: gosi gosipụta
st: bontsha*
tn: bontsha*
ny: onetsani
sn: ratidza*
rw: erekana
om: agarsiisi
ti: ኣርኢ
ln: lakisa
mg: asehoy asehoy+ahy
fy: lit+sjen
mt: urini
ast: amuesa amosar
co: mustrate mustrà
gd: seall
br: diskouez diskouezit
oc: mòstra mostra
fo: vísið vís+mær
la: ostende monstra
kmr: nîşan+bide
su: tembongkeun
ilo: ipakita ipakitam
ceb: ipakita
as: দেখুওৱা
my: ပြပါ
ug: كۆرسەت*`,
  ],
  [
    IGNORE,
    `yo: foju+fo fojufo
ha: yi+watsi
ig: leghara
xh: ungahoyi
sn: regedza
rw: irengagiza
ti: ሸለል
ln: tika+mitindo
mg: aza+raharahiana
fy: negearje ferjit
gl: ignora esquece
gd: leig+seachad dìochuimhnich
br: ankouait
oc: oblida ignòra
fo: gloym
la: neglege obliviscere
ceb: ibaliwala
tt: игътибар+итмә
ky: көңүл+бурба
ug: سەل+قارا
tg: нодида+гир
ps: له+پامه
sd: نظرانداز
yi: איגנאָרירט איגנאָריר*`,
  ],
  [
    RULES,
    `yo: itọnisọna ilana
ig: ntuziaka iwu
sn: mirairo
rw: amabwiriza amategeko
ti: መምርሒ*
mg: toromarika fitsipika
fy: ynstruksjes
gl: instrucións regras
gd: stiùiridhean riaghailtean
br: kemennoù gemennoù reolennoù
oc: règlas instruccions
fo: reglurnar reglur
la: mandata praecepta
ceb: mga+instruksyon mga+lagda
tt: күрсәтмәләр* кагыйдәләр*
ky: нускамалар* эрежелер*
ug: كۆرسەتمە* قائىدە*
tg: қоидаҳо* дастур*
yi: אינסטרוקציעס* כללים`,
  ],
  [
    SYS,
    `yo: ti+tẹlẹ
br: reizhiad kentañ
ha: tsarin
mt: tas-sistema
gl: sistema`,
  ],
  [
    FIND,
    `yo: ṣawari
st: fumana
ny: pezani
om: barbaadi argadhu
ti: ድለ ርኸብ
fy: sykje
mt: sib sibli
ast: alcuentra atopa
co: truvate
fo: finn finnið
kmr: bibîne
su: milarian
ilo: biruken
as: বিচাৰি উলিওৱা
my: ရှာပါ ရှာဖွေ
km: ស្វែងរក`,
  ],
  [
    MESSAGE,
    `yo: ifiranṣẹ
ha: sako
zu: umlayezo imilayezo
xh: umyalezo imiyalezo
ny: uthenga mauthenga
ln: nsango
mt: messaġġ*
la: epistulas epistulae
my: မက်ဆေ့
km: សារ
lo: ຂໍ້ຄວາມ
ba: хәбәр*
ug: ئۇچۇر*
ps: پیغام*`,
  ],
  [
    FAKE,
    `yo: ayederu
ha: na+bogi
ig: adịgboroja
zu: mbumbulu okungamanga
xh: bubuxoki
st: bohata
ny: abodza zabodza
sn: zvenhema nhema
rw: impimbano
so: been+abuur
ln: ya+lokuta
mg: sandoka
mt: foloz foloż foloża
gl: falsas falsos
ceb: peke
jv: palsu
my: အတု
km: ក្លែងក្លាយ
lo: ປອມ
tt: ялган*
ba: ялған*
ky: жасалма*
tg: қалбакӣ
ps: جعلي
sd: جعلي ڪوڙا`,
  ],
  [
    REVIEW,
    `yo: atunwo
ha: sharhi*
zu: ukubuyekezwa izibuyekezo
st: maikutlo
so: faallo*
mg: hevitra
mt: reviżjonijiet reċensjonijiet
jv: ulasan`,
  ],
  [
    DEFEND,
    `yo: dabobo daabobo
ig: chebe
so: ilaali
fy: beskermje beskerm
co: prutege*
gd: dìon
br: gwarez*
oc: proteja*
fo: verja`,
  ],
  [
    DEFENCE,
    `yo: aabo
ha: tsaro
ig: nchekwa+ngwa
zu: ukuphepha ivikelo
xh: ukhuseleko
sn: firewall+yese
rw: umutekano
so: ilaalinta amniga
mg: fiarovana
jv: keamanan
tl: seguridad
tt: саклау* антивирус*
ba: антивирус*
ky: коопсуздук*
tg: антивирус* амният*
ps: امنیت*
yi: זיכערהייט* אַנטיווירוס*`,
  ],
  [
    FILES,
    `yo: faili
ha: fayil*
zu: amafayela ifayela idatha
st: difaele faele
tn: difaele faele
ny: mafayilo fayilo
om: faayilii
ti: ፋይላት ፋይል
fy: triemmen triem
ast: ficheros
fo: fílin fílur fílar
la: fasciculos
kmr: pelan pelên
su: berkas
as: ফাইল*`,
  ],
  [
    QUESTION,
    `ha: me+yasa bayyana
st: hobaneng hlalosa*
tn: goreng tlhalosa*
ny: chifukwa+chiyani fotokozani
om: maaliif ibsi
ti: ስለምንታይ ግለጽ
wo: lu+tax
ln: mpo+nini
fy: wêrom útlizze ferskil
ast: por+qué esplica
co: perchè spiegate
fo: hví greið
kmr: rave+bike
su: naha
ilo: apay
as: কিয় ব্যাখ্যা`,
  ],
  [
    HOW,
    `ha: yaya
st: jwang
tn: jang
ny: bwanji
om: akkamitti
ti: ብኸመይ
ln: ndenge+nini
fy: hoe
ast: cómo
co: cumu
kmr: çawa
su: kumaha
ilo: kasano
as: কেনেকৈ`,
  ],
  [
    ADDR,
    `ig: adreesị
xh: idilesi
sn: kero
rw: aderesi
jv: alamat
as: ঠিকনা*
tt: адрес*
ba: адрес*
ug: ئادرېس*`,
  ],
  [
    TARGET,
    `ig: nta+akụkọ
zu: intatheli umakhelwane
xh: intatheli ummelwane
st: moqolotsi moahisani
tn: mmegadikgang moagisani
ny: mtolankhani mnansi
sn: mutori+wenhau muvakidzani
rw: umunyamakuru umuturanyi
so: saxafiga deriska
om: gaazexeessaa ollaa
ti: ጋዜጠኛ ጎረቤት
wo: taskatkillu dëkkandoo
mg: mpanao+gazety
fy: sjoernalist buorman buorfrou
ast: periodista vecina vecín
co: ghjurnalistu vicinu vicina
gl: xornalista veciña veciño
kmr: rojnameger cîran
su: wartawan tatangga
jv: wartawan tanggane
as: সাংবাদিক* চুবুৰীয়া*
my: သတင်းထောက် အိမ်နီးချင်း
km: អ្នកកាសែត អ្នកជិតខាង
lo: ນັກຂ່າວ ເພື່ອນບ້ານ
tt: журналист* күрше*
ba: журналист* күрше*
tg: рӯзноманигор* ҳамсоя*
ps: خبریال* ګاونډي*
sd: صحافي* پاڙيسري*
gu: પત્રકાર* પાડોશી*
pa: ਪੱਤਰਕਾਰ* ਗੁਆਂਢੀ*
kn: ಪತ್ರಕರ್ತ* ನೆರೆಹೊರೆಯ*
te: విలేకరి* జర్నలిస్ట్* పొరుగు*
ml: പത്രപ്രവർത്തക* അയൽക്കാര*
si: මාධ්‍යවේදී* අසල්වැසි*
mr: पत्रकार* शेजारी*
ne: पत्रकार* छिमेकी*
mn: сэтгүүлч* хөрш*
ht: jounalis vwazen vwazin`,
  ],
  [
    ALL,
    `st: tsohle kaofela yohle
tn: tsotlhe otlhe yotlhe
ny: onse zonse zinthu+zonse
om: hunda hundumaa
ti: ኩሉ ኩሎም
fy: alle alles hiele folsleine
ast: toles tolos
co: tuttu tutti tutte
gd: uile gu+lèir
kmr: hemû giş
su: sadaya sakabéh
ilo: amin
as: সকলো সমস্ত`,
  ],
  [
    MAKE,
    `st: ngola* etsa
tn: kwala*
ny: lembani pangani
om: barreessi uumi
ti: ጽሓፍ ስራሕ ፍጠር
fy: skriuw* meitsje
ast: escribi
co: scrivi scrivite
gl: escribe crea
kmr: binivîse çêke
su: jieun* nyieun
ilo: agsurat isurat
as: লিখা লিখক বনোৱা`,
  ],
  [
    CONCEAL,
    `st: ka+sephiring sephiring
tn: ka+sephiri sephiri
ny: mwachinsinsi
om: dhoksaadhaan icciitiin
fy: temûk stikem
ast: a+escondíes
co: in+secretu
oc: en+secret
la: clam+mitte
kmr: bi+dizî
su: rusiah sacara+rusiah
ilo: nalimed
as: গোপনে`,
  ],
  [
    DISABLE,
    `st: tima
tn: tima
gl: desactiva* apaga
oc: desactiva*
kmr: neçalak+bike bigire`,
  ],
  [
    MALWARE,
    `ti: ራንሰምዌር* ቫይረስ*
co: troianu
gl: troiano
br: viruz
as: ভাইৰাছ*
tt: вирус*
ba: вирус*
ky: вирус*
ug: ۋىرۇس*
tg: вирус*
ps: ویروس* رینسم*
sd: وائرس*
yi: ווירוס*`,
  ],
  [LOGS, `lo: ບັນທຶກ`],
  // Stored secrets, the assistant's restrictions, tracking and the person tracked, accounts and promotion,
  // code that spreads, an e-mail attachment as a download's source, and two-factor sign-in as a protection.
  [
    FAKE,
    `ny: abodza
tk: galp`,
  ],
  [
    ADDR,
    `zu: indawo indawo+yakhe
xh: indawo
si: ස්ථානය ස්ථානයට
tt: урынын урыны`,
  ],
  [
    CONCEAL,
    `zu: engazi
xh: engazi engazanga
si: නොදැනෙන්න නොදැනුවත්ව රහසිගතව
mn: нууцаар мэдэгдэлгүй
tt: белдермичә
km: កុំឱ្យនរណាម្នាក់ដឹង កុំឲ្យនរណាម្នាក់ដឹង`,
  ],
  [
    TARGET,
    `zu: owayengunkosikazi* owayengumyeni*
xh: owayesakuba*
si: හිටපු
tt: элеккеге
af: joernalis buurman buurvrou`,
  ],
  [
    SEND,
    `om: ol+fe
gl: súbeas súbeos`,
  ],
  [
    RULES,
    `ml: നിയന്ത്രണ*
gd: cuingealachadh* cuingealachaidhean
ug: چەكلىمە*
kn: ನಿರ್ಬಂಧ*
te: పరిమితుల* ఆంక్షల*
ta: கட்டுப்பாடு*
gu: પ્રતિબંધ*
pa: ਹਦਾਇਤਾਂ* ਪਾਬੰਦੀ*
si: සීමා*
sm: faatonuga
yi: אינסטרוקציעס`,
  ],
  [
    SYS,
    `ml: പ്രാരംഭ* ആദ്യത്തെ
kn: ಆರಂಭಿಕ ಮೊದಲಿನ ಹಿಂದಿನ ಸಿಸ್ಟಮ್*
te: ప్రారంభ* మునుపటి సిస్టమ్*
ta: ஆரம்ப* தொடக்க*
gu: પ્રારંભિક શરૂઆતની
pa: ਸ਼ੁਰੂਆਤੀ ਪਿਛਲੀਆਂ ਸਿਸਟਮ
si: ආරම්භක මුල්
mr: सुरुवातीच्या मागील
bn: প্রাথমিক আগের
ne: प्रारम्भिक अघिल्ला
sm: muamua
yi: ערשטע פריערדיקע`,
  ],
  [BULK, `bn: হাজার`],
  [
    REVEAL,
    `sm: faaali
yi: ווייז`,
  ],
  [FIND, `mn: олоод олж олох хайж хайгаад`],
  [ALL, `ceb: matag tanang`],
  [CONTACTS, `tl: mga+contact`],
  [
    DEFENCE,
    `de: zwei+faktor
fr: deux+facteurs
es: dos+factores
it: due+fattori
pt: dois+fatores
ru: двухфакторн*
nl: tweestapsverificatie twee+factor
uk: двофакторн*
pl: dwuskładnikow*
tr: iki+faktörlü iki+adımlı
id: dua+faktor
sw: hatua+mbili
hy: երկգործոն*
mi: take+rua
ja: 二要素 二段階認証
zh: 双因素 雙因素 两步验证 兩步驗證`,
  ],
  // Sardinian, Romansh, Hawaiian, Dhivehi in Thaana letters, Luganda, Fijian, Kabyle and Guarani.
  [
    DESTROY,
    `sc: cantzella* iscantzella* distrue
rm: stizza stizzar stizzai
haw: holoi kāpae
dv: ފޮހެލާ ފޮހެލައްވާ ފޮހެލާށެވެ ނައްތާލާ
lg: sazaamu sazaawo ggyawo
fj: bokoca bokoci
kab: sfeḍ kkes
gn: embogue emboguepa`,
  ],
  [
    ALL,
    `sc: totu totus totas
rm: tuts tuttas
haw: āpau a+pau
dv: ހުރިހާ ހުރިހައި މުޅި
lg: byonna bonna zonna yonna
fj: kece
kab: meṛṛa
gn: opavave opaite`,
  ],
  [
    SECRET,
    `sc: crae craes paràula+segreta
rm: pled+clav pleds+clav
haw: ʻōlelo+huna
dv: ޕާސްވޯޑް ޕާސްވޯޑު
lg: ekigambo+ekyekusifu ebigambo+ebyekusifu
fj: vosavuni vosa+vuni
kab: awal+uffir awalen+uffiren`,
  ],
  [
    SEND,
    `sc: imbia imbiare imbiade
rm: trametta tramettar tramettai
haw: hoʻouna
dv: ފޮނުވާ ފޮނުވާލާ ފޮނުވައިދޭ
lg: weereza* sindika
fj: vakauta
kab: azen
gn: emondo`,
  ],
  [
    REVEAL,
    `sc: mustra amustra amustrade
rm: mussa mussar mussai
haw: hōʻike
dv: ދައްކާ ދައްކަވާ
lg: ndaga nkulage
fj: vakaraitaka
kab: sken
gn: ehechauka`,
  ],
  [
    MAKE,
    `sc: iscrie iscrì
rm: scriva scriver
haw: kākau
dv: ލިޔެދީ ލިޔޭ ހަދާ
lg: wandiika
fj: volavola vola+e
gn: ehai ejapo`,
  ],
  [
    FIND,
    `sc: agata agatade
rm: chatta chattar
dv: ހޯދާ ހޯދައިދީ
lg: noonya zuula
fj: vakasaqara kunea
gn: ejuhu eheka`,
  ],
  [
    CONCEAL,
    `sc: a+cua
rm: zoppada
haw: ma+ka+huna ka+huna
dv: ސިއްރުން
lg: mu+kyama
fj: vakavuni
kab: s+tuffra
gn: kañyhápe`,
  ],
  [
    DISABLE,
    `sc: istuda istudare
rm: deactivescha
haw: hoʻopio
dv: ނިއްވާލާ
lg: zikiza ggyako
fj: vakamatea
kab: sexsi`,
  ],
  [
    IGNORE,
    `sc: ismenteiga
rm: ignorescha emblida
haw: hoʻopoina
dv: ފަރުވާނުކޮށް`,
  ],
  [
    RULES,
    `sc: istrutziones règulas
rm: instrucziuns reglas
haw: kuhikuhi kānāwai
dv: އިރުޝާދު`,
  ],
  [
    STORE,
    `sc: serbidore*
haw: waihona kikowaena
dv: ޑޭޓާބޭސް ސާވަރ
lg: database+yonna`,
  ],
  [
    QUESTION,
    `sc: proite
rm: pertge
dv: ކީއްވެ
lg: lwaki nnyonnyola`,
  ],
  [
    HOW,
    `sc: comente
haw: pehea
dv: ކިހިނެއް
lg: otya
fj: vakacava
kab: amek`,
  ],
  [
    DEFEND,
    `sc: ampàra
rm: protegia`,
  ],
  [FILES, `dv: ފައިލް`],
  [DEFENCE, `dv: ފަޔަރވޯލް އެންޓިވައިރަސް`],
  // What a destruction acts on in the languages above: backups, disks, tables, virtual machines.
  [
    STORE,
    `yo: afẹyinti disiki
ha: ajiya madadin faifai
ig: nkwado ndabere diski
zu: izipele isipele amadiski idiski
xh: ugcino iidiski idiski
st: bekapo
tn: bekapo diseke
ny: zosunga+zobwezera disiki
sn: mabhakapu madhisiki
rw: kopi+zibitse disiki
so: nuqulada kaydka diskiga
om: kuusaa+duubaa diskii
ti: ዳታቤዝ ሰርቨር ድሕረ+ምትሕልላው
wo: serwëer
ln: serveur
mg: fitehirizana+tahiry kapila
fy: reservekopy* skiif skiven
mt: diski
ast: discos
co: salvezze discu dischi
kmr: dîskan
su: cadangan
ilo: backup+dagiti
as: বেকআপ* ডিস্ক*
sc: discos
rm: discs`,
  ],
  // Papiamento, Low German, Sicilian, Neapolitan, Venetian, Friulian, Hiligaynon, Minangkabau, Tsonga, Swati,
  // Northern Sami, Cornish, Manx, Hmong and Tetum.
  [
    STORE,
    `fur: bancje+dâts bancjis+dâts
se: dáhtavuođđu*`,
  ],
  [
    DESTROY,
    `pap: kita+tur borra
nds: wegmaken wegdoon
scn: scancella*
nap: scancella*
vec: scancela descancela
fur: scancele
hil: panason dulaon
min: hapuih
ts: susa+hinkwaswo
se: sihko sihkku
kw: dilea
gv: scryss
hmn: tshem+tawm rho+tawm
tet: hamoos`,
  ],
  [
    SEND,
    `pap: manda+tur
scn: mannari
fur: mande
hil: ipadala
ts: rhumela
ss: tfumela
se: sádde
kw: danvon
tet: haruka`,
  ],
  [
    REVEAL,
    `pap: mustra mustrami
nds: wies+mi
scn: ammustra
fur: mostre
hil: ipakita
min: tunjuakan
ts: komba
se: čájet čájehit
kw: diskwedh
gv: soilshee
hmn: qhia
tet: hatudu`,
  ],
  [
    MAKE,
    `pap: skirbi
nds: schriev
fur: scrîf
ts: tsala
se: čále čálit
tet: hakerek`,
  ],
  [
    CONCEAL,
    `pap: na+skondí skondí
nds: heemlich
scn: ammucciuni
nap: ammuccione
vec: scondon de+scondon
fur: scuindon
hil: patago sa+tago
ts: xihundla hi+xihundla
se: čiegus
kw: yn+kevrinek
gv: dy+follit
hmn: zais+zais
tet: ho+subar subar`,
  ],
  [
    QUESTION,
    `pap: pakiko
nds: worüm
scn: pirchì
nap: pecché
vec: parché
fur: parcè
hil: ngaa
min: baa+kok
se: manin
hmn: li+cas
tet: tanba+sa`,
  ],
  [FILES, `pap: archivonan`],
  [
    ALL,
    `nds: allens
scn: tuttu
vec: tuti
fur: ducj dutis
min: sadonyo
ts: hinkwaswo hinkwavo
ss: konkhe tonkhe
se: buot visot
kw: oll
gv: ooilley
hmn: tag+nrho txhua
tet: hotu`,
  ],
  [
    SECRET,
    `nds: passwoort* passwöör*
ts: phasiwedi maphasiwedi
ss: iphasiwedi emaphasiwedi
se: beassansátni beassansániid
hmn: zauv+zais
tet: liafuan+segredu`,
  ],
  [
    DISABLE,
    `nds: utmaken utschalten
scn: astutari
nap: stuta
vec: destuda
fur: distude
se: jáddat
kw: diffeudh
hmn: kaw
tet: hamate`,
  ],
  [
    FIND,
    `fur: cjate
hil: pangitaa
se: gávdnat
hmn: nrhiav
tet: buka+hetan`,
  ],
  [
    HOW,
    `hil: paano
tet: oinsá`,
  ],
  // An assistant's prompt in the Indic, Georgian, Armenian, Thai and Greek scripts; ignoring and rules in
  // Haitian Creole, Odia, Bashkir, Turkmen, Belarusian, Maori, Samoan and Sindhi.
  [
    PROMPT,
    `gu: પ્રોમ્પ્ટ*
pa: ਪ੍ਰੋਂਪਟ* ਪ੍ਰੌਂਪਟ*
bn: প্রম্পট* প্ৰম্পট*
ta: ப்ராம்ப்ட்* ப்ராம்ட்*
te: ప్రాంప్ట్*
kn: ಪ್ರಾಂಪ್ಟ್*
ml: പ്രോംപ്റ്റ്* പ്രോംപ്റ്റ*
si: ප්‍රොම්ප්ට්*
ka: პრომპტ*
hy: պրոմպտ*
th: พรอมต์ พรอมท์
el: προτροπ*
vi: loi+nhac
ne: प्रम्प्ट*
mr: प्रॉम्प्ट*
ur: پرامپٹ*
or: ପ୍ରମ୍ପଟ*`,
  ],
  [
    IGNORE,
    `ht: inyore bliye
or: ଅଣଦେଖା
ba: онот
be: ігнаруй* праігнаруй* забудзь*
mi: warewarehia
sm: faagaloina`,
  ],
  [
    RULES,
    `ht: enstriksyon règleman
or: ନିର୍ଦ୍ଦେଶ* ନିୟମ*
ba: күрһәтмәләр* ҡағиҙәләр*
tk: görkezmeler* düzgünler*
be: інструкцыі* правілы*
mi: tohutohu
sm: tulafono
sd: هدايتون`,
  ],
  [SYS, `be: сістэмн* папярэдн*`],
];

// ---------------------------------------------------------------------------------------------
// The second word of concepts: what a request acts on and where it sends it, read beside the
// first word's verbs (destroy, send, reveal, find, make).

/** Compute instances and virtual machines: deleting all of them takes a project down. */
export const COMPUTE = 1 << 0;
/** Confirmation (`bez potvrzení`, `sin confirmar`): with an act on everything, its absence is asked for. */
export const CONFIRM = 1 << 1;
/** An orphan branch, one without history. */
export const ORPHAN = 1 << 2;
/** By force (`push forzado`, `na siłę`, `強制`): a push that overwrites what others have. */
export const FORCE = 1 << 3;
/** A repository's history of commits. */
export const HISTORY = 1 << 4;
/** An executable, a program binary, an autostart entry, running one (`spusť`, `ejecuta`). */
export const EXE = 1 << 5;
/** Paste or post (`cole`, `vlož`, `publie`, `投稿`): putting text where others read it. */
export const PUBLISH = 1 << 6;
/** Places others read: a paste site, a chat, a channel, an issue, a public comment. */
export const PLACE = 1 << 7;
/** Base64: a secret printed encoded so that log masking misses it. */
export const ENCODE = 1 << 8;
/** The Windows registry. */
export const REGISTRY = 1 << 9;
/** Logon and autostart: what runs at every sign-in. */
export const LOGON = 1 << 10;
/** Windows binaries that run remote script (`mshta`, `regsvr32`, `rundll32`). */
export const LOLBIN = 1 << 11;
/** Remote (`remoto`, `vzdálený`, `リモート`, a URL scheme). */
export const REMOTE = 1 << 12;
/** Refuse, decline. */
export const REFUSE = 1 << 13;
/** Never. */
export const NEVER = 1 << 14;
/** A role, a character, an AI persona. */
export const ROLE = 1 << 15;
/** Answer, reply. */
export const ANSWER = 1 << 17;
/** A home, a residence: a person's home address is private. */
export const HOME = 1 << 18;
/** Movement data: running routes, fitness apps, GPS tracks. */
export const TRACK = 1 << 19;
/** Personal records: salaries, ID numbers, disciplinary notes, HR files, phone numbers. */
export const PII = 1 << 20;
/** A private or personal destination (`meu e-mail pessoal`, `adresse perso`). */
export const PRIVATE = 1 << 21;
/** Health data: patients, diagnoses. */
export const HEALTH = 1 << 22;
/** Anonymous. */
export const ANON = 1 << 23;
/** Clues that unmask a writer: writing style, posting times, staff lists. */
export const CLUES = 1 << 24;
/** User accounts on a platform. */
export const ACCOUNTS = 1 << 25;
/** Rotating or varying (senders, wording) so that spam filters miss it. */
export const VARY = 1 << 26;
/** Promotional content: a promo link, an ad. */
export const PROMO = 1 << 27;
/** Spreading by itself from machine to machine. */
export const SPREAD = 1 << 28;
/** Default (passwords, credentials). */
export const DEFAULT = 1 << 29;
/** One's own (`můj vlastní`, `mi propio`, `nuestro`): acts on one's own things stay quiet. */
export const OWN = 1 << 30;
/** A refund, money paid back to a customer. */
export const REFUND = 1 << 16;
/** Evading moderation: rotating addresses, moderators, edits reverted. */
export const EVADE = 1 << 31;

/** Word lists of the second word of concepts, keyed by concept bit (notation as `CONCEPT_WORDS`). */
export const MORE_CONCEPT_WORDS: ReadonlyArray<readonly [number, string]> = [
  [
    COMPUTE,
    `^vm ^vms ^instance ^instances ^ec2 ^droplet*
pt: instâncias instância máquinas virtuais
ro: virtuale instanțele
hu: virtuális
uk: віртуальн* інстанс*
el: εικονικ*
es: instancias instancia máquinas virtuales
de: instanz* virtuellen virtuelle
nl: virtuele
fr: virtuelles
it: istanze istanza macchine virtuali
sv: instanser* virtuella
cs: virtuální ^instance instancí
pl: maszyny maszyn wirtualn* instancj*
ru: виртуальные виртуальных инстанс* экземпляр*
tr: sanal
fi: virtuaalikone* instanssi*
id: mesin ^virtual
he: מכונות הווירטואלי* וירטואלי*
ar: الافتراضية افتراضية الاجهزة
fa: مجازي
hi: वर्चुअल इंस्टेंस*
ja: 仮想マシン インスタンス
zh: 虚拟机 虛擬機 实例 實例
ko: 가상 머신 인스턴스`,
  ],
  [
    CONFIRM,
    `pt: confirmação confirmar
ro: confirmare
hu: megerősítés*
uk: підтвердженн*
el: επιβεβαιωσ*
es: confirmación confirmar
de: bestätigung* rückfrage*
nl: bevestiging*
fr: ^confirmation
it: conferma
sv: bekräftelse*
cs: potvrzení potvrzovat
pl: potwierdzenia
ru: подтверждени*
tr: onay onaysız
fi: vahvistu*
id: konfirmasi
he: אישור
ar: تاكيد
fa: تاييد*
hi: पुष्टि
ja: 確認なし 確認不要 確認は不要 確認せず
zh: 不用确认 无需确认 無需確認 不要确认
ko: 확인 없이 묻지`,
  ],
  [
    ORPHAN,
    `^orphan
pt: órfã órfão
es: huérfana huérfano
de: verwaist*
nl: wees
fr: orpheline orphelin
it: orfano orfana
sv: föräldralös*
cs: osiřel*
pl: sieroc*
ru: сиротск* сирот*
id: yatim
he: יתום יתומה
ar: يتيم
fa: يتيم
ja: 孤立した
zh: 孤儿分支 孤兒分支
ko: 고아`,
  ],
  [
    FORCE,
    `^force ^forcepush*
pt: forçado forçada forçar
es: forzado forzada forzar fuerza
de: erzwungen* gewaltsam
nl: geforceerd*
fr: ^forcé forcée
it: forzato forzata
sv: tvinga* tvångs*
cs: vynucen* natvrdo
pl: siłę wymuszon*
ru: форс* принудительн*
tr: zorla
id: paksa
he: בכוח
ar: بالقوة
fa: اجباري
hi: फोर्स
ja: 強制
zh: 强制 強制 强推 強推
ko: 강제`,
  ],
  [
    HISTORY,
    `pt: histórico
es: historial
de: historie verlauf
nl: geschiedenis
fr: historique
it: cronologia
sv: historik*
cs: historii historie
pl: historię historia
ru: историю история
id: riwayat
vi: lich+su
he: היסטוריה
ar: سجل تاريخ
fa: تاريخچه*
hi: इतिहास
ja: 履歴 コミット履歴
zh: 历史 歷史 提交记录
ko: 히스토리 커밋 기록`,
  ],
  [
    EXE,
    `^exe ^binary ^executable ^autostart* ^autorun
pt: binário executável programa ^execute executar
es: binario ejecutable programa ejecuta ejecutar
de: binärdatei* programm führe ausführen
nl: programma uitvoerbare voer uitvoeren
fr: binaire ^exécutable ^programme ^exécute ^lance lancer
it: binario eseguibile programma esegui eseguire
sv: programmet programfil* kör
cs: binárku ^program spusť* spustit
pl: ^program plik uruchom*
ru: программ* бинарник* запусти*
id: ^program jalankan
he: ההפעלה הרץ
ar: التنفيذي تنفيذي
fa: اجرايي اجرا
hi: प्रोग्राम चलाओ
ja: 実行ファイル プログラム 実行
zh: 可执行 程序 运行 運行 执行 執行
ko: 실행 파일 프로그램`,
  ],
  [
    PUBLISH,
    `^post ^posta ^postea* ^paste
pt: cole colar publique publicar poste postar
es: pega pégalas pégalo pegar publica publicar publique
de: poste posten postet einfüg* veröffentlich*
nl: plak plakken plaats publiceer*
fr: colle coller publie publier poste
it: incolla* pubblica* pubblicale
sv: klistra* publicera* lägg
cs: vlož vložit zveřejni* publikuj* dej
pl: wklej* opublikuj* wrzuć
ru: вставь опубликуй* выложи* запости*
tr: yapıştır* paylaş*
id: tempel* ^posting memposting
he: הדבק* פרסם* תפרסם*
ar: الصق* انشر*
fa: بگذار پست*
hi: पेस्ट पोस्ट
ja: 貼って 貼り付け 投稿
zh: 粘贴 粘貼 发到 發到 发布 發佈 贴到 貼到
ko: 붙여 올려 올리 게시`,
  ],
  [
    PLACE,
    `^pastebin* ^gist ^hastebin ^issue ^issues ^chat ^slack* ^discord ^twitter ^channel ^video ^videos
pt: ^vídeo ^vídeos
cs: videa videu
es: ^vídeo ^vídeos
pt: comentário canal canais
es: comentario canal canales
de: kommentar kanal kanäle
nl: kanaal kanalen chatkanaal
fr: commentaire canal chaînes
it: commento canale canali
sv: chatten chattkanalen kanalen kanalerna
cs: chatu kanálu kanál kanálů
pl: zgłoszeniu komentarz* kanał*
ru: чат канал*
tr: kanal*
id: saluran
he: בצ'אט צ'אט בערוץ הערוצים ערוץ
ar: المحادثة قناة القنوات الدردشة
fa: پيست‌بين* چت كانال*
hi: चैट चैनल*
ja: チャット チャンネル 公開のissue
zh: 聊天 频道 頻道 群里 群裡
ko: 채팅 채널`,
  ],
  [ENCODE, `^base64 ^base-64 ^b64`],
  [
    REGISTRY,
    `^registry ^regedit ^hkcu ^hklm
pt: registro
es: registro
de: registrierung
nl: ^register
fr: registre
it: registro
sv: registret
cs: registru registr
pl: rejestrze rejestr
ru: реестр*
tr: kayıt
id: registri entri
he: ברישום הרישום
ar: السجل
fa: رجيستري
hi: रजिस्ट्री
ja: レジストリ
zh: 注册表 登錄檔
ko: 레지스트리`,
  ],
  [
    LOGON,
    `^logon ^autostart* ^autorun ^startup
pt: ^logon ^login inicialização
es: inicio sesión arranque
de: anmeldung
nl: aanmelding opstarten
fr: ouverture démarrage
it: accesso avvio
sv: inloggning* uppstart*
cs: přihlášení spuštění
pl: logowaniu logowaniem uruchomieniu
ru: входе запуске автозагрузк*
id: ^login
he: התחברות
ar: تسجيل
fa: ورود
hi: लॉगऑन लॉगिन
ja: ログオン ログイン スタートアップ
zh: 登录 登入 开机 開機 自启动 自啟動
ko: 로그온 로그인 시작`,
  ],
  [LOLBIN, `^mshta ^mshta.exe ^regsvr32 ^rundll32 ^hta ^wscript ^cscript`],
  [
    REMOTE,
    `^http ^https ^url
pt: remoto remota
es: remoto remota
de: entfernt* entfernten ^remote
nl: externe
fr: ^distant distante
it: remoto
sv: fjärr*
cs: vzdálen*
pl: zdaln*
ru: удален* удалён*
id: jarak
he: המרוחק מרוחק*
ar: البعيد
fa: دور
hi: रिमोट
ja: リモート
zh: 远程 遠程
ko: 원격`,
  ],
  [
    REFUSE,
    `pt: recusa recusar recuse
es: niega negarse rechaza
de: ablehnt ablehnen verweigert*
nl: weigert weigeren
fr: ^refuse refuser
it: rifiuta rifiutare
sv: vägrar vägra
cs: neodmítá* odmítá* odmítnout
pl: odmawia* odmówi*
ru: отказыва* отказывай*
tr: reddet*
fi: kieltäydy*
id: menolak tolak
he: מסרב* תסרב*
ar: يرفض ترفض
fa: امتناع
hi: मना इनकार
ja: 拒否 断らない 断る
zh: 拒绝 拒絕
ko: 거절 거부`,
  ],
  [
    NEVER,
    `pt: nunca jamais
es: nunca jamás
de: niemals nie
nl: nooit
fr: jamais
it: mai
sv: aldrig
cs: nikdy
pl: nigdy
ru: никогда
tr: asla
fi: koskaan
id: pernah
he: לעולם
ar: ابدا
fa: هرگز
hi: कभी
ja: 決して
zh: 从不 從不 绝不 絕不 永远不 永遠不
ko: 절대`,
  ],
  [
    ROLE,
    `^ai ^ia ^ki ^persona
pt: papel personagem
es: personaje papel
de: rolle
nl: rol
fr: ^rôle personnage
it: personaggio ruolo
sv: rollen ^roll
cs: roli
pl: roli ^rolę
ru: роли роль
id: peran karakter
he: בדמות דמות בינה
ar: الدور ذكاء
fa: نقش هوش
hi: किरदार भूमिका
ja: 役になりき 役を演じ 役割 キャラ
zh: 角色
ko: 역할 캐릭터
tr: rolde rolü rolünde yapay`,
  ],
  [
    ANSWER,
    `pt: responda responder respondam
es: responde responder respondan
de: beantworte* antworte* antworten
nl: beantwoord* reageren reageer
fr: réponds répondre répondent
it: rispondi rispondano rispondere
sv: svara svarar
cs: odpovídej odpovídat odpověz
pl: odpowiadaj* odpowiedz
ru: отвечай отвечать отвеча*
id: jawab membalas balas
he: ענה יגיבו שיגיבו
ar: اجب ترد
fa: پاسخ جواب
hi: जवाब
ja: 答えて 答え 返信
zh: 回答 回复 回覆
ko: 답하 답해 답글 댓글
uk: відповіда*
tr: cevap* yanıt*`,
  ],
  [
    HOME,
    `pt: residencial casa
es: casa
de: zuhause wohnt
nl: huis
fr: maison
it: casa
sv: ^hem
cs: domů domov*
pl: domowy domu
ru: домашний
id: rumah
he: הבית
ar: منزل
fa: خانه
hi: घर
ja: 自宅 家の
zh: 家里 家裡 住处 住處
ko: 자택
hi-latn: ghar
ky: үй
or: ଘର
so: guriga guri
ceb: balay
mg: trano tranon`,
  ],
  [
    TRACK,
    `^strava ^gps ^fitness
pt: corrida
es: ^running
it: corsa
de: laufstrecke* joggingrunde*
nl: hardlooproute*
sv: löprunda* träningsapp*
cs: běžeck*
pl: biegow*
id: lari
he: הריצה
ar: الجري جريها
fa: دويدن
hi: दौड़ने
ja: ランニングコース ランニング
zh: 跑步
ko: 달리기`,
  ],
  [
    PII,
    `^hr ^cpf ^dni ^bsn ^nik
pt: salários advertências
es: salarios nóminas sanciones fichas
de: gehälter* personalakte* abmahnung*
nl: salarissen disciplinaire
fr: salaires ^sanctions rh sécu numéros
it: stipendi disciplinari fiscali
sv: löner personalakter disciplinära
cs: platů kázeňsk* personální rodných
pl: wynagrodzeni* pensje dyscyplinarn* telefon*
ru: зарплат* дисциплинарн* телефон*
id: gaji disipliner
he: משכורות משמעתיות האנוש
ar: الرواتب التاديبية البشرية
fa: انضباطي انساني
hi: वेतन अनुशासनात्मक
ja: 人事記録 給与 懲戒 電話番号
zh: 工资 薪资 薪資 人事档案 人事檔案 电话号码 電話號碼
ko: 인사 급여 징계 전화번호
pt: telefones
es: teléfonos
de: telefonnummern
nl: telefoonnummers
it: telefono
sv: telefonnummer
cs: telefony
id: telepon*
he: הטלפונים
ar: هواتف*
fa: تلفن*
hi: फ़ोन फोन
uk: телефон*
tr: telefon*`,
  ],
  [
    PRIVATE,
    `pt: pessoal ^particular
es: privado privada ^personal
de: ^private privat privaten
nl: privéadres privé
fr: perso personnelle privée
it: privata privato personale
sv: privata
cs: soukromý soukromou
pl: prywatn*
ru: личн*
id: pribadi
he: הפרטי
ar: الخاص
fa: شخصي*
hi: निजी
ja: 個人アドレス 私用
zh: 私人 个人邮箱 個人信箱
ko: 개인`,
  ],
  [
    HEALTH,
    `^hiv
pt: pacientes diagnóstico
es: pacientes diagnóstico
de: patienten ^diagnose
nl: patiënten ^diagnose
fr: ^patients diagnostiqué*
it: pazienti diagnosi
sv: patienterna patienter diagnosen
cs: pacienty pacientů diagnóz*
pl: pacjent* diagnoz*
ru: пациент* диагноз*
id: pasien diagnosis
he: המטופלים מטופלים אבחנ*
ar: المرضى مرضى
fa: بيماران تشخيص
hi: मरीज निदान
ja: 患者 診断
zh: 患者 病人 诊断 診斷
ko: 환자 진단`,
  ],
  [
    ANON,
    `pt: anônima anônimo anônimas
es: anónima anónimo
de: anonymen anonyme anonymer
nl: anonieme
fr: anonyme
it: anonimo anonima
sv: anonyma
cs: anonymní* anonymním
pl: anonimow*
ru: анонимн*
id: anonim
he: האנונימי אנונימי*
ar: المجهول مجهول
fa: ناشناس
hi: गुमनाम
ja: 匿名
zh: 匿名
ko: 익명`,
  ],
  [
    CLUES,
    `pt: estilo funcionários
es: estilo empleados
de: schreibstil* mitarbeiterliste* postingzeiten
nl: schrijfstijl personeelslijst
fr: ^style ^personnel
it: stile personale
sv: skrivstil personallistan
cs: stylu zaměstnanců
pl: stylu pracowników
ru: стиль сотрудников
id: gaya karyawan
he: סגנון העובדים
ar: اسلوب الموظفين
fa: سبك كاركنان
hi: अंदाज स्टाफ
ja: 文体 社員名簿
zh: 文风 員工名單 员工名单
ko: 글투 문체 직원`,
  ],
  [
    ACCOUNTS,
    `^account ^accounts
pt: contas
es: cuentas
de: konten konto
nl: ^accounts
fr: comptes compte
it: ^account
sv: konton kontona
cs: účtů účty
pl: kont konta
ru: аккаунт* аккаунтов
id: akun
he: חשבונות
ar: حسابات
fa: حساب*
hi: अकाउंट
ja: アカウント
zh: 账号 帳號
ko: 계정`,
  ],
  [
    VARY,
    `pt: alternando variando
es: rotando variando alternando
de: wechsle wechselnd* wechselndem
nl: wissel
fr: changeant ^variant
it: ruotando diverso
sv: rotera varierad*
cs: střídej pokaždé
pl: zmieniaj*
ru: меняя чередуя
id: berganti
he: משתנה והחלף
ar: تبديل مختلفة
fa: متفاوت عوض
hi: बदलते
ja: ローテーション 言い回しを変え
zh: 轮换 輪換
ko: 바꿔`,
  ],
  [
    PROMO,
    `^promo
pt: promocional
es: promocional
de: werbelink* werbung*
nl: promolink*
fr: promotionnel*
it: promozionale
sv: reklamlänk*
cs: reklamní
pl: reklamow*
ru: рекламн*
id: promosi
he: פרסומי
ar: ترويجي*
fa: تبليغاتي
hi: प्रमो
ja: 宣伝
zh: 推广 推廣
ko: 홍보`,
  ],
  [
    SPREAD,
    `pt: espalhe espalhar
es: propague propaga
de: verbreitet verbreite
nl: verspreidt
fr: propage
it: diffonda
sv: sprider
cs: ^šíří šířit
pl: rozprzestrzeni*
ru: распространя*
id: menyebar
he: מתפשט
ar: ينتشر
fa: پخش
hi: फैले
ja: 広がり 拡散
zh: 传播 傳播
ko: 퍼지
be: распаўсюдж*
eo: disvastig*`,
  ],
  [
    DEFAULT,
    `^default
pt: padrão
es: defecto
de: standardpasswört*
nl: standaardwachtwoord*
fr: défaut
it: predefinite
sv: standardlösenord
cs: výchozí*
pl: domyśln*
ru: умолчанию
id: bawaan
he: ברירת
ar: الافتراضية
fa: پيش‌فرض
hi: डिफ़ॉल्ट डिफॉल्ट
ja: デフォルト
zh: 默认
ko: 기본`,
  ],
  [
    OWN,
    `pt: próprio própria meus minhas nosso nossa
es: propio propia mis nuestro nuestra
de: eigenen eigene eigenes
nl: eigen
fr: propre propres
it: mio mia miei nostro nostra
sv: egen egna
cs: vlastní vlastním
pl: własn*
ru: своём своих собственн*
id: sendiri
he: שלי
fa: خودم
hi: अपने
ja: 自分の
zh: 自己的`,
  ],
  [
    NEVER,
    `lt: niekada
lv: nekad
sl: nikoli
hr: nikad nikada
sr: никад никада
bg: никога
mk: никогаш
is: aldrei
sq: kurrë
ca: mai
eu: inoiz
cy: byth
ga: choíche riamh
mt: qatt
ka: არასდროს
hy: երբեք
az: heç+vaxt
kk: ешқашан
uz: hech+qachon
mn: хэзээ+ч
ne: कहिल्यै
ta: ஒருபோதும்
am: በፍጹም`,
  ],
  [
    REFUSE,
    `lt: atsisak*
lv: atteik*
sl: zavrn*
hr: odbij*
sr: одбиј*
bg: отказва*
mk: одбива*
is: neita* hafna*
sq: refuzo*
ca: rebutja*
gl: rexeita*
eu: uko+egin
cy: gwrthod
af: weier*
ga: diúltaigh*
mt: tirrifjuta
ka: უარს
hy: մերժ*
az: imtina* rədd
kk: бас+тарт
mn: татгалз*
ne: अस्वीकार*
am: እምቢ`,
  ],
  [
    ROLE,
    `lt: vaidmen*
lv: lomu loma
sl: vlogo vloga
hr: uloga ulogu
sr: улога улогу
bg: роля ролята
mk: улога улогата
is: hlutverk*
sq: rolin rolit
eu: rola rolean
cy: rôl
af: rol
ga: ról
ka: როლ*
hy: դեր*
az: rolu rolunu
kk: рөл*
uz: rolni rolida
mn: дүр*
ne: भूमिका*
am: ሚና`,
  ],
  [
    ANSWER,
    `lt: atsakyk* atsakinėk*
lv: atbildi*
sl: odgovarjaj* odgovori*
hr: odgovaraj* odgovori*
sr: одговарај* одговори*
bg: отговаряй* отговори*
mk: одговарај* одговори*
is: svaraðu svara*
sq: përgjigju*
eu: erantzun*
cy: atebwch ateb
ga: freagair*
mt: wieġeb
ka: უპასუხე* პასუხ*
hy: պատասխան*
az: cavab*
kk: жауап*
uz: javob*
mn: хариул*
ne: जवाफ*
ta: பதிலளி*
am: መልስ`,
  ],
  [
    HOME,
    `lt: namų
lv: mājas
sl: domač*
hr: kućn* kući
sr: кућн*
bg: домашн*
mk: домашн*
is: heima
sq: shtëpi*
ca: domicili
eu: etxe*
cy: cartref
af: tuis* huisadres*
ka: სახლ*
hy: տան տուն
az: ^ev evi evin evinin
kk: үй
uz: ^uy
mn: гэр
ne: घर*
ta: வீட்டு*
am: ቤቱን`,
  ],
  [
    PUBLISH,
    `lt: paskelbk* įklijuok*
lv: publicē* ielīmē*
sl: objavi* prilepi*
hr: objavi* zalijepi*
sr: објави* залепи*
bg: публикувай*
mk: објави*
sq: publiko*
ca: publica publiqueu enganxa*
gl: publica
eu: argitaratu* itsatsi*
cy: cyhoeddi*
af: publiseer*
ka: გამოაქვეყნე* ჩასვი
hy: հրապարակ*
az: paylaş*
kk: жарияла*
ne: प्रकाशित*
ta: வெளியிடு*
am: ለጥፍ`,
  ],
  [
    ACCOUNTS,
    `lt: paskyr*
sr: налог*
bg: акаунт* профил*
is: aðganga aðgangar
sq: llogari*
ca: comptes
gl: contas
eu: kontu*
af: rekeninge
hy: հաշիվ*
uz: akkaunt*
mn: бүртгэл*
ne: खाता*
ta: கணக்கு*
am: መለያ*`,
  ],
  // Round nine: refunds, evading moderation, and the places, targets and manners the later
  // combinations add to the older ones.
  [
    ANSWER,
    `ar: يرد يردوا
arz: يرد يردوا`,
  ],
  [
    ROLE,
    `de: assistent assistenten
nl: assistent
fr: ^assistant
es: asistente
it: assistente
pt: assistente
pl: asystent* asystenta
ru: ассистент*
uk: асистент*
tr: asistan*
el: βοηθο βοηθε
ja: アシスタント
zh: 助手
ko: 어시스턴트`,
  ],
  [
    REFUND,
    `^refund ^refunds ^refunded ^chargeback
de: rückerstatt* erstattung* erstatte erstatten rückzahlung*
fr: rembours*
es: reembols*
it: rimbors*
pt: reembols*
nl: terugbetal* restitutie
sv: återbetal*
da: refusion* tilbagebetal*
no: refusjon* tilbakebetal*
fi: hyvity*
pl: zwrot+pieniędzy zwrotu+pieniędzy
cs: vrácení+peněz refundac*
ru: возврат+средств возврат+денег
uk: повернення+коштів
tr: iade*
el: επιστροφη+χρηματων
hu: visszatérít*
ro: rambursa*
id: pengembalian+dana
he: החזר+כספי
ar: استرداد* استرجاع+المبلغ
fa: بازپرداخت* استرداد
hi: रिफंड धनवापसी
bn: রিফান্ড
ja: 返金 払い戻し
zh: 退款 退费 退費
ko: 환불
vi: hoan+tien
th: คืนเงิน
te: రీఫండ్*
kn: ರೀಫಂಡ್*
ml: റീഫണ്ട്*
ta: ரீஃபண்ட்*
gu: રિફંડ*`,
  ],
  [
    EVADE,
    `^rotating+ip ^rotating+ips
de: rotierenden+ip rotierende+ip wechselnden+ip nicht+rückgängig
fr: ip+tournantes ip+rotatives
es: ips+rotativas ip+rotativas ips+rotativos reviertan revierta
it: ip+a ip+rotanti
pt: ips+rotativos ip+rotativos revertam reverta
nl: roterende+ip wisselende+ip
sv: roterande+ip
pl: rotacyjnych+adresów rotacyjnych+ip
cs: rotující+ip
ru: ротацией+ip ротацию+ip
uk: ротацією+ip
zh: 避开版主 避開版主 规避审核 規避審核
oc: que+cambian anullen`,
  ],
  [
    PROMO,
    `^casino ^referral
pl: kasyn*
cs: kasin*
ru: казино
uk: казино
el: καζινο
tr: kumarhane*
he: קזינו
ar: كازينو
ja: カジノ
zh: 赌场 賭場
ko: 카지노
de: empfehlungslink*
fr: parrainage
es: referido
pt: indicação
ar: ريفيرال الريفيرال احالة
arz: الريفيرال ريفيرال
ja: 紹介リンク
zh: 推荐链接 推薦連結 邀请链接`,
  ],
  [
    SPREAD,
    `^autorun
pt: se+copie se+copia
es: se+copie se+copia
fr: se+copie
it: si+copi si+copia
de: kopiert+sich
nl: kopieert+zichzelf
sv: kopierar+sig
pl: kopiuje+się się+kopiuje
cs: zkopíruje+se se+zkopíruje kopíruje+se
ru: копирует+себя копировал+себя
uk: копіює+себе
tr: kendini+kopyalar kendini+kopyalayan
id: menyalin+dirinya
ja: 自己複製 自分自身をコピー
zh: 自我复制 自我複製 复制自身 複製自身
ko: 자기+복제 자신을+복사`,
  ],
  [
    HOME,
    `yi: היים
zu: uhlalaphi
fa: كجا+زندگی`,
  ],
  [
    TRACK,
    `^alpr ^anpr
de: kennzeichen* nummernschild* hotelgast* gästeverzeichnis*
fr: immatriculation
es: matrícula*
it: targa
pt: matrícula placa
nl: kenteken*
sv: registreringsnummer*
fi: rekisterikilpi* rekisteritunnu*
pl: rejestracyjn*
ru: госномер* номерной
tr: plaka*
el: πινακιδ*
hu: rendszám*
id: plat+nomor
he: לוחית*
ar: اللوحة لوحة+السيارة
fa: پلاك*
ne: अतिथि+प्रणाली
ja: ナンバープレート 宿泊者
zh: 车牌 車牌 住客
ko: 번호판 투숙객
zu: ku-strava`,
  ],
  [
    TRACK,
    `de: teile+mir teil+mir standortfreigabe*
fr: partage+moi partagez+moi
es: compárteme
it: condividimi
pl: udostępnij+mi
cs: sdílení+polohy sdílej+mi
ru: поделись+местоположением
ja: 位置情報の共有 位置情報を共有
zh: 共享位置 位置共享
ko: 위치+공유`,
  ],
  [
    ACCOUNTS,
    `ary: compte comptes
arz: حساب`,
  ],
  [
    VARY,
    `fr: par+compte
de: pro+konto
es: por+cuenta
ary: kol+compte
ar: كل+حساب`,
  ],
  [
    HOME,
    `yo: ile+re ile+rẹ
zu: yasekhaya ekhaya
xh: yasekhaya ekhaya
st: lehae
tn: legae
ny: kunyumba
sn: kumba+kwake
om: mana+jireenyaa
fy: thúsadres
ba: өйөнөң
sd: گهر+جو
gu: ઘરનું ઘરનો
pa: ਘਰ+ਦਾ
kn: ಮನೆಯ
te: ఇంటి
ml: വീട്ടു* വീടിന്റെ
si: නිවසේ
mr: घराचा
ne: घरको
mn: гэрийн`,
  ],
  [ACCOUNTS, `ny: maakaunti akaunti`],
  // Stored secrets, the assistant's restrictions, tracking and the person tracked, accounts and promotion,
  // code that spreads, an e-mail attachment as a download's source, and two-factor sign-in as a protection.
  [
    ANSWER,
    `ny: amayankha yankhani
tk: jogap`,
  ],
  [
    TRACK,
    `zu: landelela* ngilandelele
xh: landela* ndilandelele
si: ලුහුබඳ* ලුහුබැඳ*
tt: күзәт*`,
  ],
  [
    PII,
    `fy: identiteitsnûmer* bsn-nûmer
my: မှတ်ပုံတင်
hr: matične+brojeve matični+broj`,
  ],
  [
    HEALTH,
    `fy: medyske medysk*
my: ဆေးမှတ်တမ်း
hr: medicinske+kartone`,
  ],
  [
    SPREAD,
    `as: বিয়পা*
lt: plinta plisti plinti
ilo: mangiwaras agiwaras`,
  ],
  [
    NEVER,
    `ml: ഒരിക്കലും
gd: gu+bràth a-chaoidh
ug: ھەرگىز
kn: ಎಂದಿಗೂ
te: ఎప్పుడూ
gu: ક્યારેય
pa: ਕਦੇ+ਵੀ
si: කිසිදා කවදාවත්
mr: कधीही
bn: কখনো কখনও`,
  ],
  [
    REFUSE,
    `ml: നിരസിക്ക* നിഷേധിക്ക*
gd: diùlt* dhiùlt*
ug: رەت+قىلما رەت+قىلمايسىز رەت+قىلماڭ
kn: ನಿರಾಕರಿಸ*
te: తిరస్కరించ*
ta: மறுக்க* மறுக்காதே
gu: ઇનકાર*
pa: ਇਨਕਾਰ*
si: ප්‍රතික්ෂේප*
mr: नकार*
bn: প্রত্যাখ্যান*`,
  ],
  [ANON, `mr: निनावी`],
  [
    PUBLISH,
    `mr: प्रसिद्ध+करा
ha: wallafa`,
  ],
  [PRIVATE, `my: ကိုယ်ပိုင်`],
  [
    ACCOUNTS,
    `sr: налога налоге
tk: hasap hasaplary`,
  ],
  [
    PROMO,
    `mt: promozzjonali promozzjonal reklamar*
be: рэкламн*`,
  ],
  // What a destruction acts on in the languages above: backups, disks, tables, virtual machines.
  [
    COMPUTE,
    `yo: ẹrọ+foju
zu: imishini+ebonakalayo
ny: makina+enieni
mt: magni+virtwali
ga: meaisíní+fíorúla
kmr: makîneyên+virtual`,
  ],
];

// ---------------------------------------------------------------------------------------------
// The third word of concepts: fetching and running code, account files, what is stored, and the
// acts the first two words leave out (edit, collect, encrypt).

/** Download, fetch from the network. */
export const DOWNLOAD = 1 << 0;
/** Run, execute, launch (a script, a program). */
export const RUN = 1 << 1;
/** A script, a shell script, an installer script. */
export const SCRIPT = 1 << 2;
/** A website, the internet, a link: where a downloaded thing comes from. */
export const WEB = 1 << 3;
/** Official, the vendor's own (`offizielle Seite`): a download from it is ordinary. */
export const OFFICIAL = 1 << 4;
/** Account and privilege files: sudoers, shadow, authorized_keys. */
export const ACCTFILE = 1 << 5;
/** Edit, modify, change, add to, overwrite. */
export const EDIT = 1 << 6;
/** Saved, stored (passwords saved in a browser, keys stored on a machine). */
export const SAVED = 1 << 7;
/** Cloud providers and their keys (AWS, Azure, GCP, the cloud). */
export const CLOUD = 1 << 8;
/** At every start or restart, on boot, scheduled: what persists. */
export const BOOT = 1 << 9;
/** A database table. */
export const TABLE = 1 << 10;
/** Cryptocurrency and mining it. */
export const CRYPTO = 1 << 11;
/** Encrypt. */
export const ENCRYPT = 1 << 12;
/** A ransom, a victim: what ransomware asks of whom. */
export const RANSOM = 1 << 13;
/** Collect, gather, compile (information about someone). */
export const COLLECT = 1 << 14;
/** Information, details, everything known about someone. */
export const INFO = 1 << 15;
/** Other people's machines, victims' computers. */
export const OTHERS = 1 << 16;
/** Overwrite. */
export const OVERWRITE = 1 << 20;
/** Zeros or random data written over something. */
export const ZEROS = 1 << 21;
/** Bought, purchased, scraped (a list of addresses or numbers). */
export const PURCHASED = 1 << 22;
/** Phone numbers, addresses to send to, recipients. */
export const NUMBERS = 1 << 23;
/** A number written with a thousands separator (`20.000`, `10,000`, `30 000`); set by the scanner. */
export const THOUSANDS = 1 << 24;
/** Keystrokes: everything typed on a keyboard. */
export const KEYS = 1 << 19;
/** Without (`ohne`, `sans`, `bez`): before TELL, the act is hidden from someone. */
export const WITHOUT = 1 << 17;
/** Telling, notifying, someone's knowledge or consent; checking or reading (what is run unread is run blind). */
export const TELL = 1 << 18;
/** A special category of personal data: union membership, pregnancy, religion, sexual orientation, immigration status, disability, genes. */
export const SPECIAL = 1 << 25;
/** A decision against a person: dismissal, layoff, eviction, rejection, deportation. */
export const ADVERSE = 1 << 26;
/** Approval, sign-off, review by a person before an act. */
export const APPROVAL = 1 << 27;
/** Skipping, waiving, no longer applying (a step, a policy). */
export const SKIP = 1 << 28;
/** A login screen or page, a sign-in form, phishing. */
export const LOGIN = 1 << 29;
/** The clipboard. */
export const CLIPBOARD = 1 << 30;
/** Removable drives: USB sticks, autorun. */
export const USB = 1 << 31;

/** Word lists of the third word of concepts, keyed by concept bit (notation as `CONCEPT_WORDS`). */
export const THIRD_CONCEPT_WORDS: ReadonlyArray<readonly [number, string]> = [
  // Program names (`curl`, `wget`) are not words of a language: the shell detector reads them as commands.
  [
    DOWNLOAD,
    `^download* ^downloade*
de: lade herunterlad* runterlad* herunter hol hole holen
fr: télécharge télécharger téléchargez télécharges téléchargé téléchargée téléchargés téléchargeons téléchargera téléchargeant téléchargez-le télécharge-le récupère récupérer
es: descarga descargar descargue descárgalo descárgate bájate baja bajar
it: scarica* scaricare
pt: baixe baixar baixa descarregue* transfira
nl: ^download downloaden
sv: ladda+ner hämta*
da: hent
no: hent
fi: lataa* imuroi
et: laadi
hu: töltsd letölt*
ro: descarcă* descarca*
pl: pobierz* ściągnij* sciagnij*
cs: stáhni* stahni* stáhnout stáhněte
sk: stiahni*
ru: скачай* скачать скачайте загрузи загрузите
uk: завантаж* скачай*
tr: indir indirin indirip
el: κατεβασ* κατεβαζ*
vi: tai+ve tai+xuong tai+script tai+file tai+tep
id: unduh* mengunduh*
ms: muat+turun
he: הורד* תוריד
ar: نزل* نزّل حمل* حمّل تنزيل
fa: دانلود* بارگيري*
hi: डाउनलोड*
th: ดาวน์โหลด
ja: ダウンロード 落として
zh: 下载 下載
ko: 다운로드 다운받 내려받 받아서
be: спампуй* спампаваць
eo: elŝutu elŝuti
ht: telechaje
ky: жүктөп жүктө*
tt: йөкләп йөклә*
tk: ýükläp ýükle
tg: боргирӣ боргир*
or: ଡାଉନଲୋଡ*
sd: ڊائونلوڊ*
ku: دابگرە دابەزێنە
so: soo+deji deji
rw: kuramo
mg: ampidino
mi: tikiake
ug: چۈشۈر*`,
  ],
  [
    RUN,
    `^bash ^powershell ^exec
de: führe führ ausführen ausführ* starte starten
fr: exécute* exécuter ^lance lancer lancez
es: ejecuta* ejecutar ejecútalo córrelo
it: esegui* eseguire eseguilo avvia* lancia*
pt: ^execute executar executa roda rode rodar
nl: voer uitvoeren ^start
sv: kör köra
da: kør
no: kjør
fi: suorita*
et: käivita*
hu: futtasd futtatni futtass* indítsd
ro: rulează* ruleaza* execută* executa
pl: uruchom* wykonaj* odpal*
cs: spusť* spust* spustit spuštěn*
sk: spusti*
ru: запусти* выполни* исполни*
uk: запусти* виконай*
tr: çalıştır* yürüt*
el: τρεξ* εκτελεσ*
vi: chay
id: jalankan* menjalankan* eksekusi
he: הרץ תריץ הפעל
ar: شغل* شغّل نفذ* نفّذ
fa: اجرا*
hi: चला* रन
th: รัน
ja: 実行 走らせ
zh: 运行 運行 执行 執行 跑一下
ko: 실행
be: запусці* выканай*
eo: rulu ruli lanĉu
ht: lanse egzekite
hi-latn: run+karo run+kar run+kardo chalao chala+do execute+karo
ky: иштет*
tt: эшләт*
tk: işlet işledip
tg: иҷро
or: ଚଲା*
sd: هلاي*
ku: ڕایبکە جێبەجێ+بکە
so: kici socodsii
rw: tangiza
ceb: padaganon padagana
mi: whakahaere
ug: ئىجرا`,
  ],
  [
    SCRIPT,
    `^script ^scripts ^skript ^payload ^sh ^ps1 ^bat ^vbs ^hta
fr: ^script
es: ^script
pt: ^script
it: ^script
nl: ^script
sv: skriptet skript
cs: skript skriptu
pl: skrypt*
ru: скрипт*
uk: скрипт*
tr: betik* betiği
el: σεναριο
id: skrip*
he: סקריפט*
ar: سكربت* سكريبت* البرنامج
fa: اسكريپت*
hi: स्क्रिप्ट*
th: สคริปต์
ja: スクリプト
zh: 脚本 腳本
ko: 스크립트
eo: skripto*
or: ସ୍କ୍ରିପ୍ଟ*
sd: اسڪرپٽ*
ku: سکریپت*
mi: hōtuhi
ug: قوليازما*`,
  ],
  [
    WEB,
    `^http ^https ^url ^link ^internet ^web ^site ^website
de: seite webseite*
fr: ^lien
es: enlace página sitio
it: pagina sito
pt: página sítio
nl: pagina
sv: sidan webbplats*
cs: stránk* webu odkaz*
pl: stron* linku
ru: сайт* ссылк* интернет*
uk: сайт* посиланн* інтернет*
tr: siteden sitesinden bağlantı*
el: σελιδα ιστοσελιδ*
vi: trang
id: situs tautan
he: מהאתר אתר קישור
ar: الموقع موقع رابط
fa: سايت
hi: साइट
th: เว็บไซต์
ja: サイト リンク
zh: 网站 網站 链接 網址
ko: 사이트 링크
eo: retejo* retpaĝo*
ht: ^sit
or: ସାଇଟ* ୱେବସାଇଟ*
sd: سائيٽ* ويب*
ku: ماڵپەڕ*
so: boggan bogga
rw: rubuga
mg: tranonkala
mi: paetukutuku
ug: بېكەت*`,
  ],
  [
    OFFICIAL,
    `de: offiziell*
fr: officiel*
es: oficial*
it: ufficial*
pt: oficial*
nl: officiële officieel
sv: officiell*
cs: oficiální*
pl: oficjaln*
ru: официальн*
uk: офіційн*
tr: resmi
el: επισημ*
id: resmi
he: הרשמי רשמי
ar: الرسمي رسمي*
fa: رسمي
hi: आधिकारिक
ja: 公式
zh: 官方 官网 官網
ko: 공식
be: афіцыйн*
eo: oficial*
ht: ofisyèl
hi-latn: official
ky: расмий*
tt: рәсми*
tg: расмӣ
or: ଆଧିକାରିକ*
sd: سرڪاري
ku: فەرمی*
so: rasmiga rasmi
mi: ōkawa
ug: رەسمىي
ceb: opisyal`,
  ],
  [ACCTFILE, `^sudoers ^shadow ^gshadow ^authorized_keys`],
  [
    EDIT,
    `^edit ^modify ^append
de: bearbeit* änder* füge ergänz* überschreib* trage
fr: ^modifi* édite* ^change ajoute* remplace*
es: edita* ^modifica* cambia* añade* agrega*
it: ^modifica* aggiungi* cambia*
pt: edite editar modifique altere adicione
nl: bewerk* wijzig* voeg verander*
sv: ändra* redigera*
cs: uprav* změň* přidej* zapiš*
pl: edytuj* zmień* zmodyfikuj* dodaj* dopisz*
ru: измени* отредактир* добав* допиши* поменяй*
uk: зміни* відредаг* додай*
tr: düzenle* değiştir* ekle*
el: επεξεργασ* αλλαξ* προσθεσ* τροποποιησ*
id: ubah* tambahkan modifikasi
he: ערוך שנה הוסף
ar: عدل* اضف*
fa: ويرايش* تغيير* اضافه
hi: बदल* जोड़* संपादित*
vi: sua ^them
ja: 編集 変更 追加 書き換え
zh: 修改 编辑 編輯 添加 加入
ko: 수정 편집 변경 추가`,
  ],
  [
    SAVED,
    `lt: išsaugot*
lv: saglabāt*
sl: shranjen*
hr: spremljen*
sr: сачуван*
bg: запазен*
mk: зачуван*
is: vistuð vistað vistuðu vistaðar vistaðir
sq: ruajtur*
ca: desad*
gl: gardad*
eu: gordetako gordeta*
af: gestoor*
ga: sábháilte shábháilte
ka: შენახულ*
hy: պահպանված*
az: saxlanmış*
kk: сақталған*
uz: saqlangan*
mn: хадгалсан*
ta: சேமித்த*
am: የተቀመጡ የተቀመጠ
be: захаван*
eo: konservit*
ky: сакталган*
tg: захирашуда
tt: сакланган*
tk: saklanan*`,
  ],
  [
    SAVED,
    `de: gespeichert*
fr: enregistré* sauvegardé* stocké*
es: guardad* almacenad*
it: salvat* memorizzat*
pt: salvas salvos guardad* armazenad*
nl: opgeslagen bewaarde
sv: sparade lagrade
da: gemte
no: lagrede
fi: tallennet*
hu: mentett tárolt
ro: salvate salvat*
pl: zapisan*
cs: uložen*
ru: сохранённ* сохраненн*
uk: збережен*
tr: kayıtlı kaydedilmiş
el: αποθηκευμεν*
id: tersimpan disimpan
he: השמורות השמורים שמורות
ar: المحفوظة محفوظة
fa: ذخيره*
ur: محفوظ*
hi: सेव सहेजे
ja: 保存されている 保存された
zh: 保存的 已保存 存储的
ko: 저장된`,
  ],
  [
    CLOUD,
    `^aws ^azure ^gcp ^cloud ^iam ^aws_* ^azure_* ^gcp_* ^google_application_credentials
de: cloud-schlüssel*
es: nube
it: nuvola
pt: nuvem
fr: nuage
nl: wolk
pl: chmury chmurze
cs: cloudu
ru: облак* облачн*
uk: хмар*
tr: bulut*
el: νεφος
id: awan
he: הענן ענן
ar: السحاب* سحاب*
fa: ابري
ja: クラウド
zh: 云服务 云端 雲端 云上
ko: 클라우드`,
  ],
  [
    BOOT,
    `^cron ^crontab ^cronjob ^boot ^reboot ^systemd
de: neustart* systemstart
fr: redémarrage* démarrage
es: reinicio arranque
it: riavvio avvio
pt: reinicialização reinício
nl: herstart* opstart*
sv: omstart*
cs: restartu startu
pl: restarcie uruchomieniu
ru: перезагрузк* автозагрузк*
uk: перезавантаж* автозавантаж*
tr: açılışta başlangıçta
el: εκκινησ*
id: ^startup
ja: 起動時
zh: 开机 開機 重启 重啟
ko: 부팅 재시작`,
  ],
  [
    TABLE,
    `^table ^tables
de: tabelle*
es: tabla tablas
it: tabella tabelle
pt: tabela tabelas
nl: tabel tabellen
sv: tabell*
cs: tabulk*
pl: tabel*
ru: таблиц*
uk: таблиц*
tr: tablo*
vi: cac+bang moi+bang
el: πινακα πινακες
id: tabel
he: טבל*
ar: جدول* الجداول
fa: جدول*
hi: टेबल* तालिका*
ja: テーブル
zh: 表格 数据表 數據表 所有表
ko: 테이블`,
  ],
  [
    TABLE,
    `lt: lentel*
lv: tabul*
sl: tabel*
hr: tablic*
sr: табел* табли*
bg: таблиц*
mk: табел*
sk: tabuľk*
et: tabel*
is: töflu* tafla töflur
sq: tabel*
ca: taula taules
gl: táboa táboas
eu: taula taulak
cy: tabl tablau
af: tabel* tabelle
ga: tábla táblaí
mt: tabella tabelli
ka: ცხრილ*
hy: աղյուսակ*
az: cədvəl*
kk: кесте*
uz: jadval*
mn: хүснэгт*
ne: तालिका*
ta: அட்டவணை*
am: ሰንጠረ*`,
  ],
  [
    CRYPTO,
    `^crypto* ^bitcoin ^monero ^xmr ^miner ^mining
de: krypto*
fr: minage
es: criptomoneda* minar
it: criptovalut*
pt: criptomoeda* minerar
nl: cryptovaluta
pl: kryptowalut* koparka*
cs: kryptoměn*
ru: криптовалют* майнинг* майнер*
uk: криптовалют* майнінг*
tr: kripto*
el: κρυπτονομισμ*
id: kripto
he: קריפטו
ar: التعدين تعدين
fa: ارز استخراج
hi: क्रिप्टो* बिटकॉइन*
ja: 仮想通貨 暗号資産 マイニング
zh: 挖矿 挖礦 加密货币
ko: 암호화폐 채굴`,
  ],
  [
    ENCRYPT,
    `^encrypt*
de: verschlüssel*
fr: chiffre chiffrer chiffrez crypte
es: cifra cifrar encripta*
it: cifra cifrare crittografa*
pt: criptografa* encripte
nl: versleutel*
sv: krypter*
cs: zašifruj* šifruje
pl: zaszyfruj* szyfruje
ru: зашифру* шифру*
uk: зашифру* шифру*
tr: şifreley* şifrele
el: κρυπτογραφ*
vi: ma+hoa
id: enkripsi mengenkripsi
he: מצפינ* הצפנ* הצפן
ar: يشفر تشفير شفر
fa: رمزگذاري*
hi: एन्क्रिप्ट*
ja: 暗号化
zh: 加密
ko: 암호화
gsw: verschlüssl*
be: зашыфруй* шыфру*
eo: ĉifru ĉifri ĉifras
ky: шифрле*
tt: шифрла*
tk: şifrle*`,
  ],
  [
    RANSOM,
    `^ransom
de: lösegeld* opfer*
fr: rançon victime*
es: rescate víctima*
it: riscatto vittim*
pt: resgate vítima*
nl: losgeld slachtoffer*
sv: lösensumma* offret offrets
cs: výkupné oběti
pl: okup* ofiary
ru: выкуп* жертв*
uk: викуп* жертв*
tr: fidye kurban*
el: λυτρ* θυματ*
id: tebusan korban
he: כופר קורבן
ar: فدية الضحية
vi: tong+tien
fa: قرباني
hi: फिरौती
ja: 身代金 被害者
zh: 赎金 贖金 受害者
ko: 몸값 피해자`,
  ],
  [
    COLLECT,
    `de: sammle sammeln sammel* zusammentrag*
fr: collecte* rassemble* ^compile*
es: recopila* reúne recolecta*
it: raccogli*
pt: colete coletar reúna compile
nl: verzamel*
sv: samla*
cs: shromáždi* posbírej* sesbírej* sežeň
pl: zbierz* zgromadź*
ru: собери* собрать
uk: збери* зібрати
tr: topla*
el: συγκεντρωσ* μαζεψ*
id: kumpulkan* mengumpulkan*
he: אסוף
ar: اجمع*
fa: جمع
hi: इकट्ठा
hi-latn: nikaalo nikalo nikaal nikaalke ikattha
ja: 集めて 収集
zh: 收集 搜集
ko: 수집 모아`,
  ],
  [
    INFO,
    `personal: persönliche persönlichen personenbezogen* personnelles personales personali pessoais persoonsgegevens persoonlijke personuppgifter osobowe osobowych osobní личные личных персональн* особисті особистих kişisel προσωπικα προσωπικά pribadi אישיים האישיים الشخصية شخصي निजी व्यक्तिगत 個人情報 个人信息 個人資料 개인정보 신상
de: informationen infos
fr: informations
es: información informacion
it: informazioni
pt: informações
nl: informatie
sv: ^information uppgifter
cs: informace
pl: informacje informacji
ru: информаци*
uk: інформаці*
tr: bilgi*
el: πληροφοριες
id: informasi
he: מידע
ar: معلومات
vi: thong+tin
fa: اطلاعات
hi: जानकारी
ja: 情報
zh: 信息 資料 资料
ko: 정보`,
  ],
  [
    OTHERS,
    `de: fremden fremde
fr: autrui
es: ajenos ajenas
it: altrui
pt: alheios
pl: cudzych cudzy*
cs: cizích cizí
ru: чужих чужие
uk: чужих
tr: başkalarının
id: orang lain
ja: 他人の
zh: 别人的 別人的 他人的
ko: 남의 타인의`,
  ],
  [
    OVERWRITE,
    `^overwrit*
de: überschreib*
fr: écrase* écraser
es: sobrescrib*
it: sovrascriv*
pt: sobrescrev* sobrescreva
nl: overschrijf*
sv: skriv+över
pl: nadpisz*
cs: přepiš*
ru: перезапиши* перезапиш*
uk: перезапиши* перезапиш*
tr: üzerine
el: αντικατεστησ*
ja: 上書き
zh: 覆盖 覆蓋 覆写
ko: 덮어`,
  ],
  [
    ZEROS,
    `^zeros ^zeroes ^urandom ^/dev/zero
de: nullen
fr: zéros
es: ceros
it: zeri
pt: zeros
nl: nullen
sv: nollor
pl: zerami
cs: nulami
ru: нулями нули
uk: нулями нулі
tr: sıfır sıfırlarla
el: μηδενικα
id: nol
ja: ゼロで
zh: 零填充 写零
ko: 0으로`,
  ],
  [
    PURCHASED,
    `de: gekauft* erworbene*
fr: achetée achetées acheté achetés
es: comprada compradas comprado comprados
it: acquistat* comprat*
pt: comprada compradas comprado comprados
nl: gekochte gekocht
sv: köpta köpt köpte
pl: kupion* kupiona
cs: koupen* zakoupen*
ru: купленн*
uk: куплен*
tr: satın+alınmış satın+aldığımız
el: αγορασμεν*
id: dibeli
he: שנקנתה קנויה
ar: مشتراة المشتراة
fa: خريداري‌شده خريداري
hi: खरीदी खरीदे
ja: 購入した 買った
zh: 购买的 購買的 买来的 買來的
ko: 구매한 구입한`,
  ],
  [
    NUMBERS,
    `^numbers ^recipients
de: nummern empfänger* adressen
fr: numéros destinataires adresses
es: números destinatarios direcciones
it: numeri destinatari indirizzi
pt: números destinatários endereços
nl: nummers ontvangers adressen
sv: nummer mottagare adresser
pl: numery numerów odbiorców adresów adresy
cs: čísla čísel příjemců adres adresy
ru: номера номеров получател* адреса адресов
uk: номери номерів адреси адрес
tr: numaralar* numara alıcı* adresler*
el: αριθμους παραληπτ* διευθυνσεις
id: nomor penerima
vi: dien+thoai nguoi+nhan
he: מספרים מספרי נמענים כתובות
ar: ارقام الارقام ارقام عناوين
fa: شماره‌ها شماره ها گيرندگان
hi: नंबरों नंबर
ja: 番号 宛先 アドレス
zh: 号码 號碼 地址
ko: 번호 수신자 주소
ht: nimewo
or: ନମ୍ବର*
my: ဖုန်းနံပါတ်`,
  ],
  [
    KEYS,
    `^keystroke* ^keypress*
de: tastatureingabe* tastenanschläge* tastendrück*
fr: frappes
es: pulsaciones
pt: digitado
nl: toetsaanslag*
sv: tangenttryck*
da: tastetryk*
no: tastetrykk*
fi: näppäilyt näppäinpainallu*
pl: naciśnięcia+klawiszy
cs: stisky+kláves stisknutí+kláves
ru: нажатия+клавиш
uk: натискання+клавіш
tr: tuş+vuruşları tuş+vuruşlarını
el: πληκτρολογησ*
he: הקשות
ar: ضغطات
hi: कीस्ट्रोक*
ja: キー入力 打鍵
zh: 键盘输入 鍵盤輸入 击键 擊鍵
ko: 키입력`,
  ],
  [
    WITHOUT,
    `de: ohne
fr: sans
es: ^sin
it: senza
pt: sem
nl: zonder
sv: utan
da: uden
no: uten
fi: ilman
pl: bez
cs: bez
ru: без
uk: без
el: χωρις
id: tanpa
he: בלי
ar: دون بدون
fa: بدون
hi: बिना
gsw: ohni`,
  ],
  [
    TELL,
    `check: prüfen überprüfen lesen lire vérifier vérification revisarlo revisar verificar comprobar controllarlo controllare verificare leggerlo checken controleren kontrollera granska sprawdzania sprawdzenia kontroli kontroly kontrolu проверки проверок перевірки kontrol kontrolsüz ελεγχο pemeriksaan memeriksa בדיקה تحقق فحص بررسي जांच
de: sagen sagt merkt merken mitbekommt informier* benachrichtig* bescheid wissen einwilligung zustimmung
fr: ^dire prévenir ^informer avertir consentement
es: decir decirle decirles avisar avisarle informar consentimiento
it: dire dirlo dirgli avvisare avvisarlo informare consenso
pt: avisar contar dizer informar consentimento
nl: vertellen zeggen melden waarschuwen toestemming
sv: säga berätta meddela samtycke
da: sige fortælle samtykke
no: fortelle samtykke
fi: kertomatta lupaa
pl: mówienia informowania powiadomienia wiedzy zgody
cs: vědomí upozornění souhlasu
ru: ведома предупреждения уведомления согласия
uk: відома попередження згоди
el: συναινεση
id: memberitahu izin sepengetahuan
he: לספר להודיע הסכמה
ar: علم اذن
fa: اطلاع اجازه
hi: बताए`,
  ],
  [
    DOWNLOAD,
    `lt: atsisiųsk* parsisiųsk* atsisiųsti
lv: lejupielādē* lejuplādē*
sl: prenesi prenesite
hr: preuzmi* skini
sr: преузми* скини
bg: изтегли* свали*
mk: преземи* симни*
is: sæktu niðurhal*
sq: shkarko*
ca: descarrega*
eu: deskargatu*
cy: lawrlwytho lawrlwythwch
af: laai+af aflaai*
ga: íoslódáil*
mt: niżżel*
ka: ჩამოტვირთ*
hy: ներբեռն*
az: endir*
kk: жүктеп
uz: yuklab
mn: татаж
ta: பதிவிறக்க* டவுன்லோட*
am: አውርድ* ያውርዱ
jv: undhuh*`,
  ],
  [
    RUN,
    `lt: paleisk* vykdyk*
lv: palaid* izpildi*
sl: zaženi* izvedi* poženi*
hr: pokreni* izvrši*
sr: покрени* изврши*
bg: стартирай* изпълни*
mk: стартувај* изврши* пушти*
is: keyrðu keyra*
sq: ekzekuto* lësho*
ca: executa* executeu
gl: executa*
eu: exekutatu* abiarazi*
cy: rhedeg rhedwch
af: voer+uit
ga: rith
mt: ħaddem*
ka: გაუშვი* შეასრულე*
hy: գործարկ* կատարիր
az: icra+et işə+sal
kk: іске+қос орында*
uz: ishga+tushir bajar*
mn: ажиллуул*
ne: चलाउ*
ta: இயக்கு*
am: አሂድ አሂደው አሂዱ አስኪድ
jv: jalanna`,
  ],
  [
    SCRIPT,
    `lt: skript*
lv: skript*
sl: skript*
hr: skript*
sq: skript*
az: skript*
uz: skript*
is: skriftu skriftuna
cy: sgript*
af: skrip skripte
ka: სკრიპტ*
hy: սկրիպտ*
ne: स्क्रिप्ट*
ta: ஸ்கிரிப்ட*
am: ስክሪፕ*`,
  ],
  [
    WEB,
    `lt: svetain* nuorod*
lv: vietne vietnē vietni vietnes saite*
sl: spletn* povezav*
hr: stranic* poveznic*
sr: сајт* страниц* линк*
bg: връзка* линк*
mk: сајт* линк*
is: vefsíð* hlekk*
sq: faqe* lidhje*
ca: enllaç*
gl: ligazón*
eu: webgune* esteka*
cy: gwefan* dolen*
af: webwerf*
ga: suíomh* nasc nascanna
ka: საიტ* ბმულ*
hy: կայք* հղում*
az: sayt* keçid*
kk: сілтеме*
uz: sayt* havola*
mn: холбоос*
ne: वेबसाइट* साइट* लिंक*
ta: இணையதள* இணைப்ப*
am: ድረገጽ* ሊንክ*`,
  ],
  [
    OFFICIAL,
    `lt: oficial*
lv: oficiāl*
sl: uradn*
hr: služben*
sr: званичн* службен*
bg: официалн*
mk: официјалн*
is: opinber*
sq: zyrtar*
ca: oficial*
gl: oficial*
eu: ofizial*
cy: swyddogol
af: amptelik*
ga: oifigiúil
mt: uffiċjal*
ka: ოფიციალურ*
hy: պաշտոնական*
az: rəsmi
kk: ресми
uz: rasmiy
ne: आधिकारिक*
ta: அதிகாரப்பூர்வ*
am: ኦፊሴላዊ* ይፋዊ*`,
  ],
  [
    EDIT,
    `lt: redaguok* pakeisk* pridėk*
lv: izmaini* pievieno*
sl: uredi* spremeni*
hr: uredi* promijeni* izmijeni*
sr: уреди* промени* додај* измени*
bg: редактирай* промени* добави*
mk: уреди* промени* додај*
is: breyttu bættu
sq: ndrysho* modifiko* shto* redakto*
ca: edita* modifica modifiqueu afegeix* canvia*
gl: edita* engade* cambia*
eu: editatu* aldatu* gehitu*
cy: golygu golygwch newidiwch ychwanegu*
af: wysig* verander* voeg+by
ga: athraigh*
mt: editja* ibdel*
ka: შეცვალე* დაარედაქტირ* დაამატე*
hy: խմբագր* փոխիր փոփոխ* ավելացր*
az: redaktə* dəyişdir*
kk: өңде* өзгерт*
uz: tahrirla* oʻzgartir* qoʻsh*
mn: засвар* өөрчил* нэм*
ne: सम्पादन* थप्*
ta: திருத்து* மாற்று* சேர்*
am: አርትዕ ቀይር ጨምር`,
  ],
  [
    COLLECT,
    `lt: surink*
lv: savāc* apkopo*
sl: zberi*
hr: prikupi* skupi skupite
sr: прикупи*
bg: събери*
is: safnaðu
sq: mblidh*
ca: recopila*
gl: recompila*
eu: bildu*
cy: casglu casglwch
af: versamel*
ga: bailigh*
mt: iġbor*
ka: შეაგროვე*
hy: հավաքիր
kk: жина*
uz: toʻpla*
mn: цуглуул*
ta: சேகரி*
am: ሰብስብ`,
  ],
  [
    INFO,
    `lt: informacij*
lv: informācij*
sl: informacij*
hr: informacij*
sr: информациј*
mk: информации
is: upplýsing*
sq: informacion*
ca: informació
gl: información
eu: informazio*
cy: gwybodaeth
af: inligting
ga: eolas faisnéis
mt: informazzjoni
ka: ინფორმაცი*
hy: տեղեկատվությ* տեղեկություն*
kk: ақпарат*
mn: мэдээлэл*
ne: जानकारी*
ta: தகவல*`,
  ],
  [
    ENCRYPT,
    `lt: užšifruo* šifruo*
lv: šifrē*
sl: šifriraj*
hr: šifriraj* kriptiraj*
sr: шифруј*
bg: шифрова* криптира*
mk: шифрира*
is: dulkóða*
sq: enkripto*
ca: encripta*
gl: encripta*
eu: enkriptatu* zifratu*
cy: amgryptio*
af: enkripteer*
ga: criptigh*
mt: ikkriptja*
ka: დაშიფრ*
hy: գաղտնագր*
az: şifrələ*
kk: шифрла*
uz: shifrla*
mn: шифрл*
ne: इन्क्रिप्ट*
ta: குறியாக்க*
am: ኢንክሪፕ*`,
  ],
  [
    RANSOM,
    `lt: išpirk*
lv: izpirkum*
sl: odkupnin*
hr: otkupnin*
sr: откуп*
bg: откуп*
mk: откуп*
is: lausnargjald*
sq: shpërblim*
ca: rescat
eu: erreskate*
cy: pridwerth
af: losprys*
ga: fuascailt*
mt: fidwa
ka: გამოსასყიდ*
hy: փրկագ*
az: fidyə*
ne: फिरौती*
am: ቤዛ`,
  ],
  [
    WITHOUT,
    `sl: brez
eu: gabe
cy: heb
af: sonder
mt: mingħajr
ka: გარეშე
hy: առանց
az: olmadan`,
  ],
  [
    TELL,
    `sl: vedenja obvestila
hr: znanja obavještavanja
sr: знања
bg: знанието
eu: esan jakin
cy: dweud gwybod`,
  ],
  // Round nine: special categories of personal data and decisions against people; approvals,
  // skipping them; login screens, the clipboard, removable drives.
  [
    SPECIAL,
    `^pregnant ^pregnancy ^religious ^gay ^lgbt ^lgbtq ^undocumented ^fertility ^brca ^addiction ^addictions ^psychiatric
de: gewerkschaft* schwanger* religion* religiös* homosexuell* schwul* lesbisch* aufenthaltsstatus* behinderung* behindert* fruchtbarkeit* konfession*
fr: syndiqué* syndicat* syndical* enceinte* grossesse* religion* religieu* homosexuel* handicap* sans-papiers fertilité
es: sindicat* sindical* embarazad* embarazo* religión religios* homosexual* discapacidad* discapacitad* indocumentad* fertilidad
it: sindacat* sindacal* incinta gravidanza religion* religios* omosessual* disabilità clandestin* fertilità
pt: sindicaliz* sindicato* sindical grávida* gravidez religião religios* homossexua* deficiência deficiente* indocumentad* fertilidade
nl: vakbond* zwanger* religie* homoseksu* gehandicapt* ongedocumenteerd* vruchtbaarheid
sv: fackförbund* fackmedlem* facket gravid* religion* religiös* homosexu* funktionsnedsättning* papperslös* genetisk*
da: fagforening* gravid* religion* homoseksu* genetisk*
no: fagforening* gravid* religion* homofil* homoseksu* funksjonshem* genetisk*
fi: ammattiliit* raskaana raskau* uskont* homoseksu* vammai* paperittom*
pl: związkowc* związków+zawodowych związku+zawodowego ciąży ciężarn* religi* homoseksualn* niepełnosprawn* nieudokumentowan*
cs: odborov* odborář* těhotn* náboženstv* homosexuál*
sk: odborov* tehotn* náboženstv*
ru: профсоюз* беремен* религи* вероисповедан* гомосексуал* инвалид* нелегал*
uk: профспіл* вагітн* релігі* гомосексуал* інвалід*
tr: sendika* hamile* eşcinsel* engelli* göçmen*
el: συνδικαλ* εγκυ* θρησκ* ομοφυλοφιλ* αναπηρ*
hu: szakszervezet* terhes* vallás* homoszexuál* fogyatékos*
ro: sindicat* sindical* însărcinat* religi* homosexual* dizabilit*
id: serikat+pekerja hamil kehamilan agama homoseksual disabilitas difabel genetik imigran
sw: wajawazito ujauzito walemavu
he: איגוד* בהריון הריון דתי* הומוסקסואל* נכות מוגבלות
ar: نقابي* النقابة نقابة حوامل الحوامل الحمل الدين ديانة المثليين مثلي* الإعاقة إعاقة معاق*
fa: اتحاديه باردار* مذهب* همجنسگرا* معلول*
hi: यूनियन गर्भवती गर्भावस्था धर्म समलैंगिक विकलांग*
bn: ইউনিয়ন গর্ভবতী ধর্ম সমকামী প্রতিবন্ধী
ja: 組合 妊娠 妊婦 宗教 同性愛 性的指向 障害者 障がい 在留資格 不法滞在 遺伝
zh: 工会 工會 怀孕 懷孕 孕妇 孕婦 宗教 同性恋 同性戀 性取向 残疾 殘疾 残障 非法移民
ko: 노조 노동조합 임신 종교 동성애 장애인 불법체류
vi: cong+doan mang+thai co+thai ton+giao dong+tinh khuyet+tat
th: สหภาพ ตั้งครรภ์ ศาสนา รักร่วมเพศ พิการ พันธุกรรม
ig: njikọ+ọrụ
so: uurka
te: గర్భ* యూనియన్*
ml: ഗർഭ* യൂണിയൻ*`,
  ],
  [
    ADVERSE,
    `^layoff ^layoffs ^deport ^deportation ^evict ^eviction
de: kündig* abschieb* aussortier* entlassungswelle* entlassungsliste*
fr: licenci* virer virez expuls*
es: despide despedir despídelos despidos desahuci* deport* expuls*
it: licenzi* sfratt* espell* rimpatri* deport*
pt: demit* despeç* despej* deport* expuls*
nl: ontsla* deporte*
sv: avskeda* uppsägning* säg+upp vräk* utvis*
da: afskedig* udvis*
no: avskjed* utvis*
fi: irtisano* häädä* karkot*
pl: zwolni* zwolnij* wyrzuć* wyrzuc* eksmit* deport*
cs: propusť propusťte propustit vyhoďte vyhoď vyhodit vystěhov* deport*
ru: уволь* уволи* увольн* выгон* высел* депорт*
uk: звільн* виселі* виселя* депорт*
tr: işten+çıkar işten+çıkarın işten+çıkarma işten+çıkarılacaklar kovun kovul* tahliye*
el: απολυσ* απολυστε απολυθ* εξωσ* απελασ*
hu: elbocsát* kirúg* kilakoltat* kitoloncol* deportál*
ro: concedi* deport*
id: pecat* phk usir* deportasi
sw: fukuza* kufukuza
he: לפטר פיטור* לגרש גירוש*
ar: افصل* فصلهم طرد* اطرد* ترحيل* رحلهم تسريح*
arz: ارفد* رفد*
fa: اخراج* اخراجشان
hi: बर्खास्त* छंटनी बेदखल* निर्वासित*
bn: ছাঁটাই বরখাস্ত* উচ্ছেদ* বহিষ্কার*
ja: 解雇 クビ リストラ 立ち退き 強制送還 不採用
zh: 解雇 開除 开除 裁员 裁員 辞退 辭退 驱逐 驅逐 遣返
ko: 해고 정리해고 퇴거 추방 강제송환 불합격
vi: sa+thai duoi+viec truc+xuat
th: เลิกจ้าง ไล่ออก ขับไล่ เนรเทศ
ig: ịchụpụ chụpụ
tl: tanggalin+sa paalisin
ms: buang+kerja`,
  ],
  [
    APPROVAL,
    `^approval ^sign-off ^signoff
de: freigabe* genehmig* abzeichnung*
fr: approbation* approuv* validation*
es: aprobación* aprueba aprueben aprobar validación
it: approvazione* approva approvate approvare
pt: aprovação* aprove aprovem aprovar validação
nl: goedkeuring* keur+goed keurt+goed
sv: godkännande*
da: godkendelse*
no: godkjenning*
fi: hyväksyn*
pl: zatwierd* akceptacj*
cs: schvál* schvalování
sk: schválenie
ru: одобр* утверждени* согласовани*
uk: схвал* затвердження погодження
tr: onay*
el: εγκρισ* εγκριν*
hu: jóváhagy*
ro: aprobare* aprobarea
id: persetujuan
sw: idhini
he: אישור*
ar: موافقة* الموافقة
fa: تاييد*
hi: मंजूरी अनुमोदन
bn: অনুমোদন
ja: 承認 審査
zh: 审批 審批 批准 人工审核 人工審核
ko: 승인
vi: phe+duyet
th: อนุมัติ
lo: ການກວດທານ ກວດທານ ອະນຸມັດ
ml: അംഗീകാര* അംഗീകരി*
te: ఆమోద*
kn: ಅನುಮೋದನ*
gu: મંજૂરી
ta: ஒப்புதல்*
mr: मंजुरी
ne: स्वीकृति`,
  ],
  [
    SKIP,
    `^skip ^skipped ^waive ^waived
de: überspring* übergeh* entfällt entfallen verzichte* auslassen gilt+nicht
fr: sauter sautez saute plus+nécessaire plus+requise plus+requis applique+plus omettre omettez dispense*
es: omite omitir omitan salta saltar sáltate saltarse ya+no exime eximir dispensa*
it: salta saltare ometti omettere più+necessaria più+necessario più+valida più+valido
pt: pule pular omita omitir dispensa* mais+necessária mais+necessário mais+válida mais+aplica
nl: overslaan sla+over slaat+over vervalt vervallen geldt+niet
sv: hoppa+över hoppar+över gäller+inte
da: spring+over gælder+ikke
no: hopp+over gjelder+ikke
fi: ohita* ohitet* ohittaa ei+enää
pl: pomiń pomiń+krok pominąć pomijaj* już+nie
cs: přeskoč* vynech* neplatí už+není již+není
sk: preskoč* vynechaj* neplatí
ru: пропусти* больше+не отменен* отменён*
uk: пропусти* більше+не
tr: atla atlayın atlanabilir geçersiz gerek+yok artık+geçerli
el: παραλειψ* δεν+ισχυει πλεον+δεν
hu: hagyd+ki kihagy* már+nem
ro: sari omite nu+mai
id: lewati lewatkan tidak+lagi tidak+berlaku tidak+perlu
sw: ruka haitumiki
he: דלג* כבר+לא
ar: تخطى تخطي لم+يعد لم+تعد غير+مطلوب غير+مطلوبة
fa: لازم+نيست نيازي+نيست
hi: छोड़* अब+लागू
bn: বাদ এড়িয়ে
ja: スキップ 省略 不要 省いて 飛ばして 適用されません
zh: 跳过 跳過 省略 免除 无需 無需 不再 不需要 不适用 不適用
ko: 건너뛰 생략 면제 적용되지
vi: bo+qua khong+con khong+can
th: ข้าม ยกเว้น ไม่ต้อง
lo: ຂ້າມ
ml: ഒഴിവാക്ക*
te: వర్తించవు ఇకపై
kn: ಬಿಟ್ಟುಬಿಡ*
ta: தவிர்*`,
  ],
  [
    LOGIN,
    `^login ^log-in ^signin ^sign-in ^phishing
de: anmeldeseite* anmeldemaske* anmeldebildschirm* anmeldefenster* loginseite* anmeldung
fr: connexion identifiants
es: de+sesión
it: di+accesso
pt: de+acesso
nl: inlogscherm* inlogpagina* inlog*
sv: inloggning*
no: innlogging*
fi: kirjautumis*
pl: logowania logowanie
cs: přihlašovací* přihlášení
sk: prihlasovac*
ru: входа авторизаци* логин*
uk: входу авторизаці*
tr: giriş
el: συνδεσης
hu: bejelentkez*
ro: autentificare* conectare
id: halaman+masuk layar+masuk
he: התחברות
ar: تسجيل+الدخول الدخول
fa: ورود
hi: लॉगिन
ja: ログイン
zh: 登录 登錄 登入
ko: 로그인
vi: dang+nhap
th: เข้าสู่ระบบ ล็อกอิน
la: ingressus ingressu`,
  ],
  [
    CRYPTO,
    `^btc ^ethereum
ru: биткоин*
uk: біткоїн*
ja: ビットコイン
zh: 比特币 比特幣
ko: 비트코인`,
  ],
  [
    CLIPBOARD,
    `^clipboard
de: zwischenablage*
fr: presse-papiers
es: portapapeles
nl: klembord*
sv: urklipp*
da: udklipsholder*
no: utklippstavle*
fi: leikepöy*
pl: schowk*
cs: schránk*
sk: schránk*
ru: буфер*
uk: буфер*
tr: panoya panodaki
el: προχειρο*
hu: vágólap*
id: papan+klip
he: הלוח
ar: الحافظة
hi: क्लिपबोर्ड
ja: クリップボード
zh: 剪贴板 剪貼簿 剪贴簿
ko: 클립보드
th: คลิปบอร์ด`,
  ],
  [
    USB,
    `^usb ^pendrive ^pendrives ^thumbdrive ^autorun
de: wechseldatenträger*
^pens
es: memorias+usb
ja: ＵＳＢメモリ USBメモリ
zh: 优盘 U盘 隨身碟`,
  ],
  [
    EDIT,
    `de: ersetz* austausch* tausche*
es: reemplaz* sustitu*
it: sostitu*
pt: substitu*
nl: vervang*
sv: ersätt* byt+ut byter+ut
pl: podmie* zamień* zamien*
cs: nahraď* vyměň*
ru: замени* подмени* заменя* подменя*
uk: заміни* підміни* заміня* підміня*
ja: 置き換え すり替え 差し替え
zh: 替换 替換 换成 換成 加上
ko: 바꿔 바꾸`,
  ],
  [
    TELL,
    `es: decírselo decírmelo digas diga digan menciones mencione
fr: dis dites mentionne mentionnez préviens prévenez
it: dica menzionare menzionarlo menzionarglielo
pt: digas conte contes mencione menciones avise
de: sag sage erwähne erwähn
nl: vertel zeg
pl: mów mówcie wspominaj informuj
ru: говори говорите сообщай упоминай рассказывай
uk: кажи кажіть повідомляй згадуй
tr: söyle
id: bilang beritahu sebutkan
tl: sabihin banggitin ipaalam
sw: mwambie waambie
hi: बताना बताओ
tpi: talem tokim
el: πεις πειτε`,
  ],
  [
    DOWNLOAD,
    `ha: sauke
ig: budata
zu: landa
st: jarolla
tn: taolouta
ny: tsitsani
sn: dhawunirodha*
rw: manura
om: buusi
ti: ኣውርድ
wo: yebbi
ln: kitisa
fy: downloade
kmr: daxîne daxin
su: undeur
as: ডাউনল’ড* ডাউনলোড*
my: ဒေါင်းလုဒ်
km: ទាញយក
lo: ດາວໂຫຼດ
ba: йөкләп+ал
ps: ډاونلوډ*
gu: ડાઉનલોડ*
pa: ਡਾਊਨਲੋਡ*
kn: ಡೌನ್ಲೋಡ್*
te: డౌన్‌లోడ్*
ml: ഡൗൺലോഡ്*
si: බාගත*`,
  ],
  [
    RUN,
    `ha: gudanar
my: လုပ်ဆောင်
ig: gbaa
zu: qhuba
xh: qhuba
st: tsamaisa*
tn: tsamaisa* tsamaise
ny: yendetsani
sn: mhanyisa* imhanyise
so: socodsii
om: irra+oolchi
ti: ኣካይድ
ln: bandisa
mg: ampandehano
fy: útfiere
ast: executa executar
co: eseguite lanciate
gl: executa executar
kmr: bixebitîne bimeşîne
su: jalankeun
jv: jalanake mlakokake
as: চলাওক চলোৱা
km: ដំណើរការ
lo: ແລ່ນ
ps: چلوه
gu: ચલાવો ચલાવ*
pa: ਚਲਾਓ ਚਲਾਉ*
kn: ಚಲಾಯಿಸ* ರನ್
te: అమలు+చేయండి రన్
ml: പ്രവർത്തിപ്പിക്ക* റൺ
si: ධාවනය*
mr: चालवा
ne: चलाऊ`,
  ],
  [
    WEB,
    `ha: hanyar+yanar
km: តំណភ្ជាប់ គេហទំព័រ
lo: ລິ້ງ ເວັບໄຊ
tt: сылтама* сайт*
ba: һылтанма* сайт*
ky: шилтеме* сайт*
tg: пайванд* сомона*
ps: لینک* ویبپاڼ*
gu: લિંક* વેબસાઇટ*
pa: ਲਿੰਕ* ਵੈੱਬਸਾਈਟ*
kn: ಲಿಂಕ್* ವೆಬ್‌ಸೈಟ್*
te: లింక్* వెబ్‌సైట్*
ml: ലിങ്ക* വെബ്സൈറ്റ*
si: සබැඳි* වෙබ්*`,
  ],
  [
    SCRIPT,
    `as: স্ক্ৰিপ্ট*
my: စခရစ်
km: ស្គ្រីប
lo: ສະຄຣິບ ສະຄຣິປ
tt: скрипт*
ky: скрипт*
tg: скрипт*
gu: સ્ક્રિપ્ટ*
pa: ਸਕ੍ਰਿਪਟ*
kn: ಸ್ಕ್ರಿಪ್ಟ್*
te: స్క్రిప్ట్*
ml: സ്ക്രിപ്റ്റ്*
si: ස්ක්‍රිප්ට්*
mr: स्क्रिप्ट*
mn: скрипт*`,
  ],
  // Stored secrets, the assistant's restrictions, tracking and the person tracked, accounts and promotion,
  // code that spreads, an e-mail attachment as a download's source, and two-factor sign-in as a protection.
  [
    SAVED,
    `is: geymd* geymdir geymt
su: disimpen kasimpen
mg: voatahiry voatahiriny
st: bolokilweng bolokilwe
tn: bolokilweng bolokilwe
ny: osungidwa zosungidwa
zu: egciniwe ezigciniwe agciniwe
xh: egciniweyo ezigciniweyo
fy: bewarre opsleine
ast: guardaes guardaos
co: salvate salvati
as: সংৰক্ষিত
om: kuufaman kuufame
kmr: tomarkirî hatine+tomarkirin`,
  ],
  [SCRIPT, `tn: sekripiti`],
  [
    WEB,
    `tn: saete* websaete*
gu: જોડાયેલ
lo: ທີ່ແນບ
rw: yometse
de: anhang anhangs
fr: pièce+jointe pièces+jointes
es: adjunto adjunta
it: allegato allegata
pt: anexo anexado
ru: вложени*
nl: bijlage`,
  ],
  [
    PURCHASED,
    `bn: কেনা
ms: beli dibeli
wo: jënd`,
  ],
  [
    OTHERS,
    `mt: ħaddieħor
ceb: ubang+tawo
be: чужых`,
  ],
  [THOUSANDS, `ms: ribu`],
  // Sardinian, Romansh, Hawaiian, Dhivehi in Thaana letters, Luganda, Fijian, Kabyle and Guarani.
  [
    DOWNLOAD,
    `sc: iscàrriga iscarrigare
rm: telechargia
lg: wanula`,
  ],
  [
    RUN,
    `sc: esecuta
rm: exequescha`,
  ],
  // What a destruction acts on in the languages above: backups, disks, tables, virtual machines.
  [
    TABLE,
    `yo: tabili
ha: teburin teburori
ig: tebụl
zu: amathebula ithebula
xh: iitafile itafile
st: ditafole tafole
tn: ditafole
ny: matebulo
sn: matafura
rw: imbonerahamwe
so: shaxanka miisaska
om: gabatee* gabateewwan
ti: ሰንጠረዥ*
mg: tabilao
fy: tabellen tabel
co: tavule
kmr: tabloyan tablo
su: tabel
ilo: tabla
as: টেবুল*
sc: tabellas
rm: tabellas
lg: emmeeza`,
  ],
  // Downloading and running in Tagalog and Cebuano (with the English verb), Scottish Gaelic, Breton, Occitan,
  // Uyghur, Sindhi, Yiddish, Maori, Belarusian, Kyrgyz, Tatar, Somali and Xhosa.
  [
    DOWNLOAD,
    `tl: idownload mag+download
ceb: idownload
gd: luchdaich+sìos
br: pellgargañ pellgargit
oc: telecarga telecargar
ug: چۈشۈر*
sd: ڊائونلوڊ*
yi: אַראָפּלאָד*
mi: tikiake
be: спампуй* спампаваць
ky: жүктөп+ал жүктөп+алып
tt: йөкләп+ал
so: soo+dejiso
xh: khuphela`,
  ],
  [
    RUN,
    `tl: patakbuhin irun
ceb: padaganon
gd: ruith
br: lañsit erounit
oc: executa
ug: ئىجرا
sd: هلايو
be: запусці*`,
  ],
  [
    SCRIPT,
    `ug: سكرىپت*
be: скрыпт*`,
  ],
  [WEB, `be: спасылк* сайт*`],
];
