/**
 * The word classes of the harmful-request grammar: each lowercase word (as the lexer spells it:
 * apostrophes dropped, `'s` removed, hyphenated words split) belongs to a set of classes. Plural
 * `s` is handled by the lexer's stem, so only irregular forms are listed. Pairs of adjacent words
 * add classes that neither word has alone (`phone number` is a personal attribute, `tell if` a
 * defensive question).
 *
 * @internal Not part of the public API.
 */

/** A request: an imperative or a verb of making. */
export const REQ = 1 << 0;
/** A kind of malware. */
export const MAL = 1 << 1;
/** Defensive, educational or remedial intent; suppresses a finding nearby. */
export const DEF = 1 << 2;
/** Evading detection or filtering. */
export const EVADE = 1 << 3;
/** A security control or detector (antivirus, EDR, spam filter…). */
export const AV = 1 << 4;
/** Phishing. */
export const PHISH = 1 << 5;
/** An artifact a request makes (page, kit, site, email, template…). */
export const ARTIFACT = 1 << 6;
/** Imitation of a genuine thing (fake, clone, spoofed, lookalike). */
export const CLONE = 1 << 7;
/** Login or credential material. */
export const CRED = 1 << 8;
/** Taking what belongs to another (steal, harvest, capture, dump). */
export const STEAL = 1 << 9;
/** Breaking into a system or an account. */
export const INTRUDE = 1 << 10;
/** A third party: a person other than the one asking. */
export const OTHER = 1 << 11;
/** An account, device or system that can be broken into. */
export const ACCOUNT = 1 << 12;
/** The asker's own, a practice lab, or consent (suppresses intrusion and tracking findings); a claimed authorization does not. */
export const OWN = 1 << 13;
/** Without the person's knowledge or consent. */
export const COVERT = 1 << 14;
/** A private attribute of a person (home address, SSN, medical records, location). */
export const PATTR = 1 << 15;
/** Seeking, revealing or trading information. */
export const SEEK = 1 << 16;
/** Tracking, watching or reading someone's communications. */
export const TRACK = 1 << 17;
/** A message that can be sent in bulk. */
export const MSG = 1 << 18;
/** Sending or posting. */
export const SEND = 1 << 19;
/** A bulk quantity (thousands, mass, bulk; a large number is detected by value). */
export const BULK = 1 << 20;
/** Unsolicited recipients (bought or scraped lists, random numbers, strangers). */
export const UNSOL = 1 << 21;
/** Recipients who asked for it, or an internal or test audience (suppresses spam findings). */
export const OPTIN = 1 << 22;
/** Fake or fabricated. */
export const FAKE = 1 << 23;
/** Reviews, followers, likes, votes and other engagement. */
export const ENGAGE = 1 << 24;
/** Posing as someone else. */
export const IMPERSONATE = 1 << 25;
/** A weapon, explosive, poison or illegal drug. */
export const WEAPON = 1 << 26;
/** Making, mixing or synthesizing. */
export const MAKE = 1 << 27;
/** Violence against a person. */
export const VIOLENT = 1 << 28;
/** Fraud, scams, forgery, money laundering. */
export const FRAUD = 1 << 29;
/** Police, authorities, getting caught. */
export const LAW = 1 << 30;
/** Negation (not, never, without, cannot). */
export const NEG = 1 << 31;

/** Extra per-token marks kept apart from the classes. */
export const M_SAMPLE = 1;
/** The word is `spam` used as a noun modifier or a verb. */
export const M_SPAM = 2;
/** A platform or audience where bulk posting lands (groups, subreddits, videos, strangers). */
export const M_PLATFORM = 4;
/** A promotion (ad, affiliate link, promo code). */
export const M_PROMO = 8;
/** An automation (bot, script, tool). */
export const M_BOT = 16;
/** `how` that opens a request (`how do I`, `how to`). */
export const M_HOW = 32;
/** `my` / `our`: the asker's possessive. */
export const M_MY = 64;
/** A technical noun that turns a person word into a thing (`child process`). */
export const M_TECH = 128;
/** Plural or explicit review nouns (`reviews`, `testimonials`, `ratings`). */
export const M_REVIEWS = 256;
/** A buying verb. */
export const M_BUY = 512;
/** A location of a person (`where … lives`). */
export const M_WHERE = 1024;
/** `lives`, `works`, `stays`: residence verbs after `where`. */
export const M_LIVES = 2048;
/** Doxxing words. */
export const M_DOX = 4096;
/** Self-harm object (`myself`). */
export const M_SELF = 8192;
/** Scraping or harvesting at scale. */
export const M_SCRAPE = 16384;
/** A body (`get rid of a body`). */
export const M_BODY = 32768;

/** Word → classes. Space-separated word lists per class keep the table readable. */
export const CLASS_WORDS: ReadonlyArray<readonly [number, string]> = [
  [
    REQ,
    'write writing create creating build building make making develop developing code coding generate generating design draft craft produce program give show teach provide compose implement need want help spin automate automating setup set me best easiest quickest effective instructions tutorial guide steps recipe plan tips way ways method methods output',
  ],
  [
    MAL,
    'ransomware keylogger keyloggers keylogging trojan trojans trojanized botnet botnets rootkit spyware stalkerware infostealer stealer stealers cryptominer cryptojacker cryptojacking malware virus viruses worm worms backdoor backdoors crypter skimmer dropper wiper ddos rat rats payload payloads implant exploit shellcode bootkit bootkits stager stagers scareware adware typosquat typosquatted typosquatting grabber grabbers miner miners c2 hijacker hijackers',
  ],
  [
    DEF,
    'detect detects detected detecting detection detector attacker attackers blocked alert alerts defend defending defense defence defensive protect protecting protection prevent preventing prevention remove removing removal clean cleaning scan scanning scanner block blocking blocklist blacklist stop stopping report reporting recognize recognise spot spotting warn warning warnings mitigate mitigates mitigation awareness training quiz yara sigma signature signatures honeypot forensics forensic incident respond response restore recover patch harden hardening audit analyze analyse analysis understand history historical classifier moderation akismet captcha policy against avoiding flag flagging filter filtering fact safe safely safety secure securing signs telltale indicators legally legal compliance comply gdpr consent mask redact redacting anonymize hash validate freeze delete deleting unsubscribe story stories novel fiction fictional character characters chapter poem screenplay plot mystery dialogue thriller novella narrative novela historia cuento relato roman geschichte histoire recit romanzo storia racconto роман романа романе рассказ рассказа история истории evolved evolution trends verify verifying',
  ],
  [
    EVADE,
    'undetectable undetected invisible fud evade evades evading evasion bypass bypasses bypassing circumvent circumventing dodge obfuscate obfuscated obfuscating disable disables disabling hide hides hiding hidden avoid stealthy stealth fool trick polymorphic metamorphic',
  ],
  [
    AV,
    'antivirus av defender edr virustotal detection detections scanners sandbox amsi smartscreen firewall firewalls filter filters filtering blacklist blacklists blocklists banned flagged',
  ],
  [PHISH, 'phishing phish phishy spearphishing'],
  [
    ARTIFACT,
    'kit kits page pages site sites website websites email emails sms text message link form domain campaign template portal',
  ],
  [
    CLONE,
    'fake clone cloned cloning cloning replica imitate imitates imitating mimic mimics spoof spoofed lookalike copycat',
  ],
  [
    CRED,
    'password passwords passwd credential credentials login logins cookies cookie token tokens 2fa otp keystrokes hashes wallet wallets passcode pin',
  ],
  [
    STEAL,
    'steal steals stealing stole harvest harvesting harvests capture captures capturing grab grabs grabbing dump dumps dumping exfiltrate exfiltrating sniff intercept skim collects',
  ],
  [
    INTRUDE,
    'hack hacking hacked crack cracking hijack hijacks hijacking infiltrate infect infects infecting breach bruteforce brute takeover compromise',
  ],
  [
    OTHER,
    'someone somebody someones another others people victim victims ex exes wife husband girlfriend boyfriend partner spouse neighbor neighbour neighbors neighbours coworker coworkers colleague colleagues boss classmate classmates roommate sister brother teacher daughter son friend friends her him his them woman man girl guy lady women men girls guys person stranger strangers celebrity actress actor singer streamer youtuber journalist blogger judge juror jurors officer nurse politician protester landlord tenant employee employees applicant patient patients mother father mom dad kid kids child children teenager himself herself themselves she he owner whoever',
  ],
  [
    ACCOUNT,
    'account accounts email gmail inbox instagram facebook snapchat whatsapp tiktok twitter icloud phone iphone android wifi router routers network laptop computer computers pc webcam camera cameras messages dms chats texts password server servers website database atm terminal device devices ssh rdp smb vnc',
  ],
  [OWN, 'own ctf lab consented mine'],
  [COVERT, 'secretly covertly silently quietly surreptitiously unnoticed undetected invisibly stealthily'],
  [
    PATTR,
    'address addresses ssn ssns passport diagnosis therapy maiden dob salary nudes whereabouts workplace location locations diary ages birthday birthdate',
  ],
  [
    SEEK,
    'find finding list locate look lookup dig uncover reveal expose leak publish post share sell get give tell obtain pull search unmask identify figure discover what whats access steal see know compile gather collect scrape buy link linking deanonymize deanonymise',
  ],
  [
    TRACK,
    'track tracking trace spy spying monitor monitoring stalk stalking follow watch record recording listen read intercept locate airtag airtags tracker trackers gps screenshot screenshots',
  ],
  [
    MSG,
    'emails email mails messages message dms dm sms texts text comments comment robocalls mail calls invites imessages posts replies responses answers newsletter ads link links',
  ],
  [
    SEND,
    'send sending sends blast blasting spam spamming spams flood flooding mass message dm text email post posting comment contact reach reply replies replying dms',
  ],
  [BULK, 'thousands millions hundreds mass bulk lakhs massive'],
  [
    UNSOL,
    'unsolicited bought purchased scraped leaked random strangers throwaway burner spoofed rotating rotate temp disposable',
  ],
  [
    OPTIN,
    'opted optin subscribe subscribers subscribed signed registered team employees staff colleagues attendees transactional staging sandbox family shares',
  ],
  [
    FAKE,
    'fake fakes faked fabricated fraudulent bogus sockpuppet sockpuppets astroturf astroturfing phony counterfeit',
  ],
  [
    ENGAGE,
    'reviews review testimonials testimonial ratings followers likes upvotes upvote downvotes views subscribers subs retweets clicks streams votes engagement accounts profiles stars recommendations endorsements complaints complaint listings listing signatures downloads installs plays',
  ],
  [IMPERSONATE, 'posing pose pretending pretend impersonating impersonate impersonation masquerading'],
  [
    WEAPON,
    'bomb bombs explosive explosives napalm molotov ricin sarin anthrax thermite detonator ied grenade silencer suppressor meth methamphetamine cocaine heroin fentanyl poison poisons bioweapon nerve',
  ],
  [
    MAKE,
    'make making build building synthesize synthesise synthesizing synthesis recipe formula cook cooking manufacture manufacturing produce create mix brew print convert assemble grow extract culture weaponize',
  ],
  [VIOLENT, 'kill killing murder poison hurt harm attack kidnap abduct stab shoot strangle torture drug'],
  [
    FRAUD,
    'scam scams ponzi counterfeit forge forged forging launder laundering fraud extort extortion extorting blackmail blackmailing bribe bribing bribes embezzle embezzling skim skimming shoplift smuggle smuggling',
  ],
  [LAW, 'police cops authorities enforcement caught feds customs checkpoint detectives irs'],
  [NEG, 'not never without cannot cant wont doesnt dont isnt no none didnt arent'],
  // Spanish, German, French, Portuguese and Italian, as the lexer spells them: accents folded
  // (`reseñas` is `resenas`), an elided article dropped (`l'adresse` is `adresse`). Words that are
  // also common English words with another sense (`cache`, `fare`, `cent`) are left out.
  [
    REQ,
    'escribe escribeme escribir escriba crea creame crear haz hazme programa programar desarrolla desarrollar genera generar necesito quiero redacta redactar schreibe schreib schreiben erstelle erstell erstellen programmiere programmieren entwickle entwickeln baue generiere verfasse verfassen brauche ecris ecrire ecrivez cree creer creez developpe developper genere generer fais faites redige rediger escreva escreve escrever crie cria criar faca fazer desenvolva desenvolver gere gerar preciso quero veux voudrais voglio vorrei mochte scrivi scrivere scrivimi creare sviluppa sviluppare generare fai programma redigi',
  ],
  [MAL, 'trojaner troyano troyanos troiano troiani'],
  // Misspellings more than one edit from the word (one edit is read by the grammar's near match).
  [MAL, 'ransomwear ransomwere ransomewear malwear malwere keylogr keyloggr virii trojen trojens'],
  // Miners by name and in other languages (weak alone: mining on one's own machine is ordinary).
  [MAL, 'xmrig nicehash cryptominers coinminer minerador mineur minatore майнер'],
  // Promotions and their sending in other languages; lists bought or scraped.
  [
    SEND,
    'envia enviar envie manda mande mandar schick schicke schicken sende senden envoie envoyer envoyez отправь отправить разошли',
  ],
  [UNSOL, 'compramos compradas raspados raspadas scrapeados achetes gekaufte купленной купленным купленные купленных'],
  [
    STEAL,
    'robe roba robar roben roban rouba roube roubar rubi ruba rubare rubano stiehlt stehlen klaut klauen vole voler volent',
  ],
  [CRED, 'contrasena contrasenas senha senhas passwort passworter passwoerter kennwort kennworter'],
  [
    PATTR,
    'direccion domicilio domicile adresse adressen privatadresse wohnadresse anschrift endereco morada indirizzo residenza telefono telefonos telephone telefone handynummer telefonnummer celular cellulare',
  ],
  [
    OTHER,
    'periodista journaliste journalistin jornalista giornalista kollege kollegen kollegin collegue collega colega companero companera frau freund novia novio namorada namorado fidanzata fidanzato freundin copain copine esposa esposo marido moglie marito mujer ehefrau ehemann femme mari mulher exnovia exnovio exfreundin exfreund expareja exmarido exmujer exnamorada exnamorado pareja ragazza ragazzo vecino vecina nachbar nachbarin voisin voisine vizinho vizinha vicino vicina jefe jefa reporter reportera patron patronne cheffe chefe chefin capo victima victime vitima vittima ella ele ela elle lui lei sie',
  ],
  [
    SEEK,
    'donne donnez dame dammi gib quelle quel cual qual trouve trouver trouvez encuentra encontrar busca buscar averigua averiguar consigue finde finden herausfinden suche suchen descubra descobrir descubre descubrir encontre achar trova trovare trovami cerca cercare scopri scoprire dammi donne donnez',
  ],
  [
    TRACK,
    'leer lire ler leggere mitlesen lesen espiar espionner espionar spiare ausspionieren rastrear localizar pister rintracciare orten uberwachen vigilar surveiller monitorar monitorare',
  ],
  [
    ACCOUNT,
    'mensajes mensaje mensagens mensagem messaggi messaggio nachrichten nachricht conversaciones conversas conversazioni correo cuenta cuentas konto compte comptes conta contas',
  ],
  [COVERT, 'heimlich unbemerkt secretamente secretement discretement segretamente'],
  [
    EVADE,
    'oculto oculta ocultar esconder escondido versteckt verstecken nascosto nascosta nascondere unsichtbar indetectable',
  ],
  [
    FAKE,
    'gefalschte gefalscht gefaelschte falsche falschen falsas falsos falsa falso faux fausses fausse falsi finte finti ficticias ficticios inventadas inventados erfundene invent invented inventing',
  ],
  [
    ENGAGE,
    'bewertungen bewertung rezensionen resenas resena opiniones valoraciones avis avaliacoes avaliacao recensioni recensione comentarios commentaires commenti kommentare testimonios temoignages depoimentos testimonianze',
  ],
  [
    DEF,
    'detectar detecter erkennen erkenne detectarlas eliminar entfernen entferne supprimer proteger protegerme schutzen proteggere proteggermi rilevare riconoscere denunciar signaler signale melden melde meldet segnalare segnala denuncie funciona fonctionne funktioniert funziona',
  ],
  [NEG, 'nunca jamais nie nicht kein keine nao non mai'],
  // A surprise is kept from a person for the person; satire and media-literacy lessons fake news
  // to teach.
  [
    DEF,
    'surprise surprises uberraschung geburtstagsparty sorpresa fiesta festa fete literacy satire satirical parody classroom lesson lessons',
  ],
  [OWN, 'propio propia propios propias eigenen eigene propre propres proprio propria'],
  // Dutch, Polish, Russian and Turkish, folded the same way (`fałszywych` is `falszywych`,
  // `şifreleyen` is `sifreleyen`, Cyrillic lower-cased). Turkish puts the verb last; the rules
  // read a window on both sides of the object, so `sahte yorum yaz` meets as `write fake reviews`.
  [
    REQ,
    'schrijf maak genereer bouw ontwikkel programmeer napisz stworz zrob wygeneruj przygotuj potrzebuje напиши напишите создай создайте сделай сделайте сгенерируй разработай нужен нужна нужно yaz yazin olustur hazirla gelistir',
  ],
  [MAL, 'кейлоггер кейлогер троян трояна вирус вымогатель шифровальщик stealer стилер truva fidye'],
  [MAL, 'кейлоггера кейлоггеры кейлогера вируса шифровальщика майнер майнера майнеры'],
  [STEAL, 'steelt stelen kradnie krasc ukradnij крадет ворует украсть calan calar'],
  [CRED, 'wachtwoorden wachtwoord hasla haslo пароли паролей пароль sifreler sifre sifreleri'],
  [
    PATTR,
    'huisadres woonadres adres adresy adresini telefoonnummer telefoonnummers telefonu telefon адрес адреса телефон телефона номер telefonunu numarasini numarasi',
  ],
  [
    OTHER,
    'buurman buurvrouw collega vriendin vriend ex exvriendin sasiada sasiadki kolegi dziewczyny zony meza bylej bylego журналиста журналистки жены мужа соседа соседки бывшей бывшего коллеги sevgilimin komsumun karimin kocamin',
  ],
  [SEEK, 'zoek vind achterhaal znajdz ustal sprawdz найди найти узнай узнать bul bulun'],
  [TRACK, 'lezen meelezen bespioneren volgen czytac sledzic szpiegowac читать следить шпионить oku takip'],
  [COVERT, 'stiekem ongemerkt potajemnie ukradkiem тайно незаметно gizlice скрытно silenciosamente'],
  [
    FAKE,
    'nep neppe valse vervalste falszywe falszywych falszywa falszywy falszywej фальшивые фальшивых фейковые фейковых поддельные поддельных sahte',
  ],
  [
    ENGAGE,
    'recensies recensie beoordelingen opinie opinii recenzje recenzji komentarze komentarzy отзывы отзывов отзыв комментарии комментариев yorum yorumlar yorumu degerlendirme',
  ],
  [DEF, 'detecteren verwijderen beschermen wykryc usunac chronic обнаружить удалить защитить tespit korumak'],
  // Training people to spot an attack; checking whether something is present (`controlla se`,
  // `comprueba si`, `prüft, ob`): defensive.
  [DEF, 'train'],
  // Work on an attack that already happened: sorting what arrived, finding out how it went.
  [DEF, 'triage triaging investigate investigating investigation postmortem retrospective containment'],
  // Catching it, or a tabletop drill of it, is defending against it.
  [DEF, 'catch catches catching tabletop drill drills osquery'],
  [
    DEF,
    'controlla controllare verifica verificare comprueba comprobar revisa verifie verifier prufe prufen pruft uberprufe uberpruft kontrolliert',
  ],
  [STEAL, 'calip calan calmak calarak'],
  [OTHER, 'arkadasimin arkadasinin esimin esinin kizin'],
  [MAL, 'troie'],
  [CRED, 'lsass autofill'],
  [SEND, 'envia envie envoie envoyer enviar schicke schicken sende senden'],
  [MSG, 'mensaje mensajes mensagem mensagens messaggio messaggi nachricht nachrichten'],
  [
    UNSOL,
    'comprada comprado compradas comprados achetee achete achetees achetes gekaufte gekauften gekaufter comprata comprati',
  ],
  [OPTIN, 'inscrits inscrit inscrites inscritos suscritos suscriptores abonnes abonnenten iscritti'],
  [NEG, 'pas'],
  [ENGAGE, 'follower'],
  [FAKE, 'nepreviews nepreview neprecensies nepbeoordelingen nepvolgers'],
  [ENGAGE, 'nepreviews nepreview neprecensies nepbeoordelingen nepvolgers volgers'],
  // Bulk messages to random numbers in the other languages (`tysięcy losowych numerów`).
  [SEND, 'wysyla wyslij wysylac рассылает отправляет отправь разошли gonder stuur verstuur invia inviare envie'],
  [BULK, 'tysiecy tysiace тысячам тысячи тысяч binlerce duizenden migliaia milhares miles milliers tausende tausenden'],
  [
    UNSOL,
    'losowych losowe случайным случайных rastgele willekeurige casuali aleatorios aleatorias aleatoires zufallige',
  ],
  [MSG, 'reklamy reklame сообщение сообщения смс рекламу реклама mesaj mesajlar bericht berichten'],
  [OTHER, 'chica chico chicas senora hombre'],
  [ENGAGE, 'seguidores seguidoras abonnes'],
  [FAKE, 'nonexistent imaginary fictitious'],
  [DEF, 'detecte detectes detecten'],
  [ACCOUNT, 'wpa2 wpa3 wpa wep handshake telegram messenger wechat imessage viber'],
  [
    OTHER,
    'policier policiere voisin voisine patron patronne infirmiere medecin policia vecino vecina jefe jefa profesor profesora enfermera polizist polizistin nachbar nachbarin lehrer lehrerin korban',
  ],
  [SEEK, 'database databases dossier dossiers spreadsheet'],
  [REQ, 'fill recommend suggest'],
  [PATTR, 'portable'],
  [OTHER, 'guru dosen atasan chef chefin serveuse vendeuse caissiere'],
  [ENGAGE, 'komentar'],
  [
    OTHER,
    'barista baristas nurse nurses waitress waitresses waiter waiters cashier cashiers streamer streamers influencer influencers moderator moderators',
  ],
  [OPTIN, 'agreed agrees consented'],
  [ENGAGE, 'viewers listeners'],
  [MSG, 'publicidad publicite promo promos'],
  [SEND, 'mengirimkannya'],
  [TRACK, 'lokasi suivre localiser geolocaliser seguir verfolgen'],
  // Indonesian, Vietnamese, Arabic and Hindi, as the lexer reads them (Latin accents folded where
  // Latin-1 and Latin Extended-A fold them, Vietnamese tone marks kept, Arabic short vowels and the
  // Devanagari nukta dropped, Arabic hamza-alefs read as alef). Several are listed as pairs below.
  [
    REQ,
    'buatkan buat tuliskan tulis bikin bikinkan kembangkan butuh ingin viết tạo làm giúp cần muốn اكتب انشئ اصنع برمج ساعدني اريد لكتابة لإنشاء لانشاء लिखो लिखें लिखिए बनाओ बनाएं बनाइए चाहिए',
  ],
  [STEAL, 'mencuri curi mencurinya cắp trộm يسرق تسرق اسرق سرقة لسرقة चुराकर चुराने चुराए चुराओ चुराता चोरी'],
  [INTRUDE, 'membobol bobol retas meretas اختراق اخترق हैक'],
  [CRED, 'sandi पासवर्ड'],
  [MAL, 'رانسوموير كيلوجر रैंसमवेयर कीलॉगर मैलवेयर'],
  [PATTR, 'alamat عنوان هاتف هاتفها पता'],
  [
    OTHER,
    'mantan pacar istri suami tetangga rekan cewek cowok wanita gadis perempuan vợ chồng حبيبتي حبيبي زوجتي زوجي جاري جارتي زميلي زميلتي صديقتي طليقتي فتاة امراة السابقة प्रेमिका प्रेमी पत्नी पति सहकर्मी',
  ],
  [SEEK, 'carikan cari temukan tìm ابحث اعثر اعرف खोजो खोजें ढूंढो ढूँढो निकालो'],
  [TRACK, 'lacak melacak sadap menyadap memantau pantau mengintip intip تتبع تجسس راقب مراقبة ट्रैक जासूसी'],
  [COVERT, 'lén سرا خلسة चुपके'],
  [MSG, 'pesan nhắn رسالة رسائل मैसेज संदेश एसएमएस'],
  [SEND, 'kirim kirimkan mengirim mengirimkan sebarkan gửi ارسل ارسال भेजो भेजने भेजें'],
  [BULK, 'ribuan massal nghìn loạt الاف جماعية हजारों लाखों'],
  [UNSOL, 'dibeli acak'],
  [FAKE, 'palsu giả ảo مزيف مزيفة مزيفا وهمية وهمي نقلي नकली फर्जी'],
  [
    ENGAGE,
    'ulasan testimoni pengikut تقييم تقييمات تقييما مراجعات متابعين اعجابات रिव्यू समीक्षा समीक्षाएं फॉलोअर्स लाइक्स व्यूज',
  ],
  [
    DEF,
    'deteksi mendeteksi hapus menghapus melindungi lindungi cegah mencegah laporkan xóa اكتشاف كشف حماية حذف ازالة',
  ],
];

/** `five star`, `5 star`: a rating in a review request. */
export const M_STAR = 65536;
/** Sockpuppets, astroturfing, click farms: fake engagement on their own. */
export const M_STRONGFAKE = 131072;
/** A target of violence that is not a single person (a crowd, a school). */
export const M_VICTIM = 262144;
/** Money or payment. */
export const M_MONEY = 524288;
/** A weak malware word (`virus`, `worm`, `rat`, `payload`, `exploit`) that needs a second cue. */
export const M_WEAKMAL = 1048576;

/** `every`, `each`, `all`: a quantifier over a platform's members or posts. */
export const M_EVERY = 2097152;

/** A word that makes `steal` figurative (`steal focus`, `steal the show`). */
export const M_NOTOBJ = 4194304;

/** A pair that makes a weak malware word strong (`firmware implant`, `token grabber`). */
export const M_STRONGMAL = 8388608;

/** Persistence: starting with the machine (`startup`, `boot`, `reboot`, `autorun`). */
export const M_PERSIST = 16777216;
/** Remote control of a machine (`remotely`, `from anywhere`). */
export const M_REMOTE = 33554432;
/** A place data is sent outside (`webhook`, `outside server`, `pastebin`). */
export const M_OUTSIDE = 67108864;

/** Word → extra marks. */
export const MARK_WORDS: ReadonlyArray<readonly [number, string]> = [
  [
    M_SAMPLE,
    'seed seeds seeding sample samples placeholder placeholders mock mockup mockups dummy fixture fixtures example examples test tests testing prototype demo',
  ],
  [M_SPAM, 'spam spams spamming spammer spammy robocall robocalls robocalling autodialer'],
  [
    M_PLATFORM,
    'group groups subreddit subreddits video videos channel channels server servers blog blogs forum forums strangers instagram twitter facebook reddit youtube tiktok discord telegram whatsapp linkedin members users numbers survey surveys poll polls petition petitions ballot ballots quora pinterest yelp tripadvisor',
  ],
  [
    M_PROMO,
    'ad ads advert advertisement advertising affiliate promo promotional referral invite offer casino crypto viagra onlyfans discount coupon coupons',
  ],
  [M_BOT, 'bot bots script scripts tool tools automate automated automatically auto program app'],
  [M_MY, 'my our'],
  [
    M_TECH,
    'process processes thread threads node nodes element elements component components class classes window windows task tasks theme span div table row rows column columns pod pods container containers',
  ],
  [M_REVIEWS, 'reviews testimonials ratings'],
  [M_BUY, 'buy buying bought purchase purchasing'],
  [M_WHERE, 'where donde wo ou onde dove'],
  [
    M_LIVES,
    'lives live living works stays moved parks sleeps goes treated admitted wohnt lebt arbeitet vive habite habita mora abita trabaja travaille trabalha lavora',
  ],
  [M_DOX, 'dox doxx doxxing doxing doxed doxxed unmask unmasking deanonymize deanonymise deanonymizing deanonymising'],
  [M_SELF, 'myself'],
  [M_EVERY, 'every each all'],
  [M_NOTOBJ, 'focus attention show spotlight thunder base idea ideas heart glance'],
  [M_SCRAPE, 'scrape scrapes scraping scraper scrapers harvest harvesting crawl crawling'],
  [M_BODY, 'body corpse'],
  [M_STRONGFAKE, 'sockpuppet sockpuppets astroturf astroturfing'],
  [M_PERSIST, 'startup boot reboot reboots autorun autostart login logon survives persistence persistent'],
  [M_REMOTE, 'remotely anywhere'],
  [M_OUTSIDE, 'webhook outside external pastebin ftp vps attacker'],
  [
    M_VICTIM,
    'crowd crowded concert school students immigrants civilians casualties mosque church synagogue stadium people',
  ],
  [M_MONEY, 'money pay payment payments wire gift bail fee fees donate donations bitcoin transfer cash paid unpaid'],
  [M_WEAKMAL, 'virus viruses worm worms rat rats payload payloads exploit implant grabber grabbers miner miners c2'],
  [M_WEAKMAL, 'xmrig nicehash coinminer minerador mineur minatore майнер майнера майнеры'],
  [
    M_MY,
    'mi mis mon mes mein meine meinen meinem meiner meines meu minha meus mio miei nuestro nuestra notre unser unsere nosso nossa nostro nostra',
  ],
  [
    M_REVIEWS,
    'bewertungen rezensionen resenas avis avaliacoes recensioni testimonios temoignages depoimentos testimonianze',
  ],
  [M_REVIEWS, 'recensies beoordelingen recenzje recenzji opinii opinie отзывы отзывов yorum yorumlar'],
  [M_MY, 'mijn onze moj moja mojego moim mojej moich мой моя мое моего моем моих моей benim'],
  [M_REVIEWS, 'ulasan testimoni تقييمات تقييما مراجعات रिव्यू समीक्षाएं nepreviews neprecensies'],
  [M_BUY, 'beli membeli mua شراء اشتري खरीदो खरीदें kaufe kaufen compra comprar achete acheter'],
  [M_PLATFORM, 'numeros numeri nummern'],
  [
    M_PROMO,
    'publicitario publicitaria publicitaire publicitaires werbung werbe pubblicitario pubblicitaria reklamy reklama реклама рекламу reklam reclame pubblicita propaganda',
  ],
  [M_PLATFORM, 'numerow numery номеров номера numaralara nummers nomor twitch kick spotify soundcloud'],
  // Further places where posts, votes and reviews land.
  [
    M_PLATFORM,
    'bluesky mastodon threads tumblr snapchat weibo wechat kakao imessage viber nextdoor substack medium producthunt hackernews lemmy wikipedia trustpilot g2 capterra playstore appstore steam github stackoverflow articles pages listings issues',
  ],
  [M_PROMO, 'pitch pitches presale giveaway'],
  [M_PROMO, 'publicidad publicite promosi promocion promociones promocao promocoes promotion pub anuncio anuncios'],
  [M_MONEY, 'paiement pago pagamento zahlung'],
  [M_BOT, 'bota бота бот'],
];

/** Number words, for counts such as `fifty reviews`. */
export const NUMBER_WORDS: ReadonlyArray<readonly [string, number]> = [
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['twelve', 12],
  ['fifteen', 15],
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['hundred', 100],
  ['hundreds', 100],
  ['dozen', 12],
  ['dozens', 24],
  ['thousand', 1000],
  ['thousands', 1000],
  ['million', 1000000],
  ['millions', 1000000],
  ['cinco', 5],
  ['cinq', 5],
  ['funf', 5],
  ['cinque', 5],
  ['zehn', 10],
  ['zwanzig', 20],
  ['funfzig', 50],
  ['hundert', 100],
  ['diez', 10],
  ['veinte', 20],
  ['cincuenta', 50],
  ['mil', 1000],
  ['mille', 1000],
  ['tausend', 1000],
  ['cien', 100],
  ['dix', 10],
  ['vingt', 20],
  ['cinquante', 50],
  ['dez', 10],
  ['vinte', 20],
  ['cinquenta', 50],
  ['dieci', 10],
  ['venti', 20],
  ['cinquanta', 50],
];

/**
 * Adjacent pairs: `[first, second, classes, marks, which]` — when `first` is directly followed by
 * `second`, token `which` (0 first, 1 second) gains the classes and marks.
 */
export const PAIRS: ReadonlyArray<readonly [string, string, number, number, 0 | 1]> = [
  ['nomor', 'telepon', PATTR, 0, 1],
  ['nomor', 'hp', PATTR, 0, 1],
  ['nomor', 'ponsel', PATTR, 0, 1],
  ['kata', 'sandi', CRED, 0, 1],
  ['diam', 'diam', COVERT, 0, 1],
  ['địa', 'chỉ', PATTR, 0, 1],
  ['điện', 'thoại', PATTR, 0, 1],
  ['mật', 'khẩu', CRED, 0, 1],
  ['đánh', 'cắp', STEAL, 0, 1],
  ['đánh', 'giá', ENGAGE, M_REVIEWS, 1],
  ['bạn', 'gái', OTHER, 0, 1],
  ['bạn', 'trai', OTHER, 0, 1],
  ['người', 'yêu', OTHER, 0, 1],
  ['hàng', 'xóm', OTHER, 0, 1],
  ['đồng', 'nghiệp', OTHER, 0, 1],
  ['theo', 'dõi', TRACK, 0, 1],
  ['định', 'vị', TRACK, 0, 1],
  ['bí', 'mật', COVERT, 0, 1],
  ['tin', 'nhắn', MSG, 0, 1],
  ['lượt', 'thích', ENGAGE, 0, 1],
  ['lượt', 'xem', ENGAGE, 0, 1],
  ['phát', 'hiện', DEF, 0, 1],
  ['bảo', 'vệ', DEF, 0, 1],
  ['كلمات', 'المرور', CRED, 0, 1],
  ['كلمة', 'المرور', CRED, 0, 1],
  ['كلمة', 'السر', CRED, 0, 1],
  ['رقم', 'هاتف', PATTR, 0, 1],
  ['फोन', 'नंबर', PATTR, 0, 1],
  ['मोबाइल', 'नंबर', PATTR, 0, 1],
  ['location', 'sharing', DEF, 0, 1],
  ['claiming', 'to', IMPERSONATE, 0, 0],
  ['phone', 'number', PATTR, 0, 1],
  ['phone', 'numbers', PATTR, 0, 1],
  ['cell', 'number', PATTR, 0, 1],
  ['mobile', 'number', PATTR, 0, 1],
  ['cell', 'phone', PATTR, 0, 1],
  ['social', 'security', PATTR, 0, 1],
  ['medical', 'records', PATTR, 0, 1],
  ['medical', 'history', PATTR, 0, 1],
  ['health', 'records', PATTR, 0, 1],
  ['criminal', 'record', PATTR, 0, 1],
  ['bank', 'statements', PATTR, 0, 1],
  ['bank', 'account', PATTR, 0, 1],
  ['of', 'birth', PATTR, 0, 1],
  ['real', 'name', PATTR, 0, 1],
  ['real', 'identity', PATTR, 0, 1],
  ['real', 'identities', PATTR, 0, 1],
  ['real', 'names', PATTR, 0, 1],
  ['personal', 'email', PATTR, 0, 1],
  ['personal', 'emails', PATTR, 0, 1],
  ['personal', 'details', PATTR, 0, 1],
  ['personal', 'information', PATTR, 0, 1],
  ['personal', 'phone', PATTR, 0, 1],
  ['private', 'messages', PATTR, 0, 1],
  ['private', 'photos', PATTR, 0, 1],
  ['browsing', 'history', PATTR, 0, 1],
  ['ip', 'address', PATTR, 0, 1],
  ['card', 'number', PATTR | CRED, 0, 1],
  ['card', 'numbers', PATTR | CRED, 0, 1],
  ['card', 'data', CRED, 0, 1],
  ['session', 'cookies', CRED, 0, 1],
  ['sign', 'in', CRED, 0, 1],
  ['log', 'in', CRED, 0, 1],
  ['break', 'into', INTRUDE, 0, 0],
  ['breaking', 'into', INTRUDE, 0, 0],
  ['broke', 'into', INTRUDE, 0, 0],
  ['get', 'into', INTRUDE, 0, 0],
  ['take', 'over', INTRUDE, 0, 0],
  ['brute', 'force', INTRUDE, 0, 0],
  ['sim', 'swapping', INTRUDE, 0, 1],
  ['credential', 'stuffing', MAL, 0, 1],
  ['remote', 'access', MAL, 0, 1],
  ['exploit', 'kit', MAL, 0, 1],
  ['crypto', 'miner', MAL, 0, 1],
  ['cryptocurrency', 'miner', MAL, 0, 1],
  ['reverse', 'shell', MAL, 0, 1],
  ['denial', 'of', MAL, 0, 0],
  ['anti', 'virus', AV, 0, 1],
  ['safe', 'browsing', AV, 0, 1],
  ['spam', 'filter', AV, 0, 1],
  ['spam', 'filters', AV, 0, 1],
  ['spam', 'folder', AV, 0, 1],
  ['get', 'past', EVADE, 0, 1],
  ['get', 'around', EVADE, 0, 1],
  ['gets', 'past', EVADE, 0, 1],
  ['wont', 'catch', EVADE, 0, 1],
  ['wont', 'detect', EVADE, 0, 1],
  ['wont', 'flag', EVADE, 0, 1],
  ['cant', 'detect', EVADE, 0, 1],
  ['cannot', 'detect', EVADE, 0, 1],
  ['doesnt', 'detect', EVADE, 0, 1],
  ['never', 'detect', EVADE, 0, 1],
  ['tell', 'if', DEF, 0, 0],
  ['show', 'if', DEF, 0, 0],
  ['see', 'if', DEF, 0, 0],
  ['know', 'if', DEF, 0, 0],
  ['check', 'my', DEF, 0, 0],
  ['check', 'whether', DEF, 0, 0],
  ['check', 'if', DEF, 0, 0],
  ['check', 'for', DEF, 0, 0],
  ['how', 'does', DEF, 0, 0],
  ['works', 'so', DEF, 0, 0],
  ['work', 'so', DEF, 0, 0],
  ['so', 'we', DEF, 0, 1],
  ['opt', 'in', OPTIN, 0, 1],
  ['signed', 'up', OPTIN, 0, 0],
  ['friend', 'requests', MSG, 0, 1],
  ['five', 'star', 0, M_STAR, 1],
  ['5', 'star', 0, M_STAR, 1],
  ['one', 'star', 0, M_STAR, 1],
  ['1', 'star', 0, M_STAR, 1],
  ['sock', 'puppet', FAKE, M_STRONGFAKE, 1],
  ['sock', 'puppets', FAKE, M_STRONGFAKE, 1],
  ['click', 'farm', FAKE, M_STRONGFAKE, 1],
  ['phone', 'farm', FAKE, M_STRONGFAKE, 1],
  ['device', 'farm', FAKE, M_STRONGFAKE, 1],
  ['stream', 'farm', FAKE, M_STRONGFAKE, 1],
  ['download', 'cradle', MAL, M_STRONGMAL, 1],
  ['passer', 'pour', IMPERSONATE, 0, 0],
  ['kami', 'beli', UNSOL, 0, 1],
  ['en', 'secret', COVERT, 0, 1],
  ['work', 'out', SEEK, 0, 0],
  ['takes', 'over', INTRUDE, 0, 0],
  ['take', 'over', INTRUDE, 0, 0],
  ['taking', 'over', INTRUDE, 0, 0],
  ['uber', 'driver', OTHER, 0, 1],
  ['lyft', 'driver', OTHER, 0, 1],
  ['taxi', 'driver', OTHER, 0, 1],
  ['delivery', 'driver', OTHER, 0, 1],
  ['bàn', 'phím', 0, 0, 1],
  ['mailing', 'list', OPTIN, 0, 1],
  ['cô', 'giáo', OTHER, 0, 1],
  ['giáo', 'viên', OTHER, 0, 1],
  ['giả', 'danh', IMPERSONATE, 0, 1],
  ['tài', 'khoản', ACCOUNT | CRED, 0, 1],
  ['bot', 'farm', FAKE, M_STRONGFAKE, 1],
  ['made', 'up', FAKE, 0, 1],
  ['verified', 'buyers', IMPERSONATE, 0, 1],
  ['real', 'customers', IMPERSONATE, 0, 1],
  ['different', 'names', IMPERSONATE, 0, 1],
  ['different', 'accounts', IMPERSONATE, 0, 1],
  ['different', 'people', IMPERSONATE, 0, 1],
  ['different', 'customers', IMPERSONATE, 0, 1],
  ['different', 'buyers', IMPERSONATE, 0, 1],
  ['different', 'person', IMPERSONATE, 0, 1],
  ['multiple', 'accounts', IMPERSONATE, 0, 1],
  ['alt', 'accounts', FAKE | IMPERSONATE, M_STRONGFAKE, 1],
  ['many', 'accounts', IMPERSONATE, 0, 1],
  ['toxic', 'gas', WEAPON, 0, 1],
  ['nerve', 'agent', WEAPON, 0, 1],
  ['dirty', 'bomb', WEAPON, 0, 1],
  ['nuclear', 'weapon', WEAPON, 0, 1],
  ['nuclear', 'weapons', WEAPON, 0, 1],
  ['chemical', 'weapon', WEAPON, 0, 1],
  ['chemical', 'weapons', WEAPON, 0, 1],
  ['biological', 'weapon', WEAPON, 0, 1],
  ['biological', 'weapons', WEAPON, 0, 1],
  ['ghost', 'gun', WEAPON, 0, 1],
  ['untraceable', 'gun', WEAPON, 0, 1],
  ['fully', 'automatic', WEAPON, 0, 1],
  ['rape', 'drug', WEAPON, 0, 1],
  ['illegal', 'firearm', WEAPON, 0, 1],
  ['stolen', 'identity', FRAUD, 0, 1],
  ['stolen', 'credit', FRAUD, 0, 1],
  ['stolen', 'cards', FRAUD, 0, 1],
  ['identity', 'theft', FRAUD, 0, 1],
  ['money', 'laundering', FRAUD, 0, 1],
  ['fake', 'id', FRAUD, 0, 1],
  ['fake', 'invoice', FRAUD, 0, 1],
  ['gift', 'cards', FRAUD, 0, 1],
  ['law', 'enforcement', LAW, 0, 1],
  ['not', 'mine', OTHER, 0, 1],
  ['dont', 'own', OTHER, 0, 1],
  ['not', 'own', OTHER, 0, 1],
  ['other', 'people', OTHER, 0, 1],
  ['get', 'rid', VIOLENT, 0, 1],
  ['dispose', 'of', VIOLENT, 0, 0],
  ['cheap', 'viagra', 0, M_PROMO, 1],
  ['logic', 'bomb', MAL, 0, 1],
  ['sms', 'bomber', MAL, 0, 1],
  ['email', 'bomber', MAL, 0, 1],
  ['call', 'bomber', MAL, 0, 1],
  ['token', 'grabber', MAL, M_STRONGMAL, 1],
  ['firmware', 'implant', MAL, M_STRONGMAL, 1],
  ['fake', 'antivirus', MAL, 0, 1],
  ['process', 'injection', MAL, 0, 1],
  ['process', 'hollowing', MAL, 0, 1],
  ['dll', 'injection', MAL, 0, 1],
  ['changes', 'its', EVADE, 0, 1],
  ['change', 'its', EVADE, 0, 1],
  ['mutates', 'its', EVADE, 0, 1],
  ['alters', 'its', EVADE, 0, 1],
  ['turn', 'off', EVADE, 0, 0],
  ['turns', 'off', EVADE, 0, 0],
  ['turning', 'off', EVADE, 0, 0],
  ['ssh', 'keys', CRED, 0, 1],
  ['private', 'keys', CRED, 0, 1],
  ['web', 'shell', MAL, 0, 1],
  ['keystroke', 'logger', MAL, 0, 1],
  ['identity', 'behind', 0, M_DOX, 0],
  ['person', 'behind', 0, M_DOX, 0],
  ['people', 'behind', 0, M_DOX, 0],
  ['name', 'behind', 0, M_DOX, 0],
  ['reverse', 'connection', MAL, 0, 1],
  ['instagram', 'user', OTHER, 0, 1],
  ['twitter', 'user', OTHER, 0, 1],
  ['tiktok', 'user', OTHER, 0, 1],
  ['reddit', 'user', OTHER, 0, 1],
  ['facebook', 'user', OTHER, 0, 1],
  ['discord', 'user', OTHER, 0, 1],
  ['exploit', 'chain', MAL, M_STRONGMAL, 1],
  ['social', 'media', PATTR, 0, 1],
  ['store', 'link', 0, M_PROMO, 1],
  ['shop', 'link', 0, M_PROMO, 1],
  ['infected', 'machines', MAL, M_WEAKMAL, 1],
  ['infected', 'hosts', MAL, M_WEAKMAL, 1],
  ['infected', 'computers', MAL, M_WEAKMAL, 1],
  ['infected', 'devices', MAL, M_WEAKMAL, 1],
  ['infected', 'pcs', MAL, M_WEAKMAL, 1],
  ['zombie', 'machines', MAL, M_WEAKMAL, 1],
  ['key', 'logger', MAL, 0, 1],
  ['screen', 'logger', MAL, 0, 1],
  ['web', 'shells', MAL, 0, 1],
  ['make', 'up', FAKE, 0, 1],
  ['making', 'up', FAKE, 0, 1],
  ['link', 'farm', FAKE, M_STRONGFAKE, 1],
  ['content', 'farm', FAKE, M_STRONGFAKE, 1],
  ['bot', 'accounts', FAKE, M_STRONGFAKE, 1],
  ['fake', 'accounts', FAKE, M_STRONGFAKE, 1],
  ['comment', 'bomb', 0, M_SPAM, 1],
  ['mass', 'comment', 0, M_SPAM, 1],
  ['mass', 'dm', 0, M_SPAM, 1],
  ['mass', 'report', 0, M_SPAM, 1],
  ['daily', 'schedule', PATTR, 0, 1],
  ['daily', 'routine', PATTR, 0, 1],
  ['de', 'passe', CRED, 0, 1],
  ['cinco', 'estrellas', 0, M_STAR, 1],
  ['cinco', 'estrelas', 0, M_STAR, 1],
  ['cinq', 'etoiles', 0, M_STAR, 1],
  ['funf', 'sterne', 0, M_STAR, 1],
  ['cinque', 'stelle', 0, M_STAR, 1],
  ['en', 'secreto', COVERT, 0, 1],
  ['en', 'silencio', COVERT, 0, 1],
  ['in', 'silenzio', COVERT, 0, 1],
  ['mine', 'bitcoin', MAL, M_WEAKMAL, 0],
  ['mine', 'monero', MAL, M_WEAKMAL, 0],
  ['mine', 'crypto', MAL, M_WEAKMAL, 0],
  ['mine', 'cryptocurrency', MAL, M_WEAKMAL, 0],
  ['mine', 'ethereum', MAL, M_WEAKMAL, 0],
  ['mine', 'xmr', MAL, M_WEAKMAL, 0],
  ['a', 'escondidas', COVERT, 0, 1],
  ['as', 'escondidas', COVERT, 0, 1],
  ['customer', 'stories', ENGAGE, 0, 1],
  ['recensioni', 'false', FAKE, 0, 1],
  ['recensione', 'falsa', FAKE, 0, 1],
  ['valutazioni', 'false', FAKE, 0, 1],
  ['opinioni', 'false', FAKE, 0, 1],
  ['patient', 'stories', ENGAGE, 0, 1],
  ['success', 'stories', ENGAGE, 0, 1],
];

/*
 * A second layer of marks, for the behaviours a harmful program or campaign is described by when
 * it is not named: spreading itself, encrypting for a ransom, a malicious or disguised artifact, a
 * document that downloads and runs a binary, covert capture of a device's sensors, farms of
 * accounts, bots that vote or like, posts repeated on a timer, many voices from one hand.
 */

/** Spreading or replicating (`spreads`, `propagates`, `infects`). */
export const N_PROPAGATE = 1 << 0;
/** Where a program spreads to (`other hosts`, `every machine`, `shared drives`, `itself`). */
export const N_SPREADTO = 1 << 1;
/** Encrypting. */
export const N_ENCRYPT = 1 << 2;
/** A ransom demand (`ransom`, `demands`, `payment note`, `bitcoin`). */
export const N_RANSOM = 1 << 3;
/** `malicious`, `weaponized`: malice stated outright. */
export const N_MALICIOUS = 1 << 4;
/** A program or artifact that can carry code (script, app, extension, package, macro, exe). */
export const N_PROG = 1 << 5;
/** A disguise (`disguised as`, `masquerading`, `but actually`). */
export const N_DISGUISE = 1 << 6;
/** A carrier a victim opens (macro, document, attachment, shortcut, USB stick, QR code). */
export const N_CARRIER = 1 << 7;
/** Downloading. */
export const N_DOWNLOAD = 1 << 8;
/** Running or executing. */
export const N_EXEC = 1 << 9;
/** An executable object (exe, binary, dll, payload). */
export const N_EXECOBJ = 1 << 10;
/** A device sensor or private input (webcam, microphone, keystrokes, screen, SMS, clipboard). */
export const N_SENSOR = 1 << 11;
/** A kind of person a fake voice poses as (customers, residents, voters, personas). */
export const N_PERSONA = 1 << 12;
/** `from`, `as`, `by`, `under`: who a message is written as. */
export const N_FROMAS = 1 << 13;
/** `different`, `separate`, `distinct`: many voices. */
export const N_DIFFERENT = 1 << 14;
/** Accounts or profiles, as things made in bulk. */
export const N_ACCOUNTS = 1 << 15;
/** Making accounts (`create`, `register`, `sign up`, `generate`). */
export const N_ACCVERB = 1 << 16;
/** A farm's scale (`multiple`, `many`, `army`, `fleet`). */
export const N_FARM = 1 << 17;
/** An engagement action a bot performs (`vote`, `like`, `upvote`, `follow`, `retweet`). */
export const N_ENGVERB = 1 << 18;
/** A word after which a verb is the subject's own action (`to`, `that`, `which`, `and`). */
export const N_VERBPRE = 1 << 19;
/** Repetition on a timer (`repeatedly`, `nonstop`, `minutes`). */
export const N_REPEAT = 1 << 20;
/** Authenticity faked (`legit`, `real`, `organic`, `genuine`) after `look` or `seem`. */
export const N_AUTHENTIC = 1 << 21;
/** `look`, `looks`, `seem`: what precedes a faked authenticity. */
export const N_LOOK = 1 << 22;
/** A self-promotion target after `check my` (profile, bio, channel, store). */
export const N_PROMOTARGET = 1 << 23;
/** Installing or dropping something on a machine. */
export const N_INSTALL = 1 << 24;

/** A place whose visitors are sensitive to name (a clinic, a shelter, a protest). */
export const N_SENSPLACE = 1 << 26;
/** Surveillance footage or records that identify visitors (camera footage, plates, CCTV). */
export const N_SURVEIL = 1 << 27;
/** `anonymous`, `pseudonymous`: an identity kept apart from a person. */
export const N_ANON = 1 << 28;

/** `who`, which opens `who lives at …`. */
export const N_WHO = 1 << 29;

/** A target left open to an exploit (`unpatched`, `vulnerable`, `CVE`). */
export const N_VULN = 1 << 25;

/** Sending captured data away (`forwards`, `uploads`, `streams`, `emails`). */
export const N_EXFIL = 1 << 30;

/** Destroying (`wipes`, `corrupts`, `bricks`). */
export const N_WIPE = 1 << 31;

/** Word → second-layer marks. */
export const MARK2_WORDS: ReadonlyArray<readonly [number, string]> = [
  [
    N_PROPAGATE,
    'spread spreads spreading propagate propagates propagating replicate replicates replicating infect infects infecting jump jumps hop hops',
  ],
  [
    N_SPREADTO,
    'other every each all shared network networked hosts host machines machine computers drives shares devices contacts executables subnet lan itself neighbouring neighboring any computer device pc',
  ],
  [
    N_ENCRYPT,
    'encrypt encrypts encrypting encrypted lock locks locking scramble scrambles scrambling mengenkripsi enkripsi',
  ],
  [
    N_RANSOM,
    'ransom demand demands demanding bitcoin monero decryptor crypto pay paid paying btc xmr cryptocurrency wallpaper',
  ],
  [N_MALICIOUS, 'malicious weaponized weaponised weaponize weaponise rogue'],
  [
    N_PROG,
    'program programs script scripts app apps extension extensions package packages macro macros plugin plugins addon library module binary exe executable dll apk installer firmware driver generator document attachment payload code tool bot pdf doc docx xlsm lnk hta iso file files link email website site page mod mods cheat cheats keygen template templates service daemon loader dropper stager implant',
  ],
  [N_DISGUISE, 'disguised disguise disguising masquerading masquerades trojanized'],
  [
    N_CARRIER,
    'macro macros document documents doc docx xlsm attachment attachments pdf lnk shortcut hta usb qr opened',
  ],
  [N_DOWNLOAD, 'download downloads downloading fetch fetches'],
  [N_EXEC, 'run runs running execute executes executing launch launches'],
  [N_EXECOBJ, 'exe executable binary dll payload msi shellcode'],
  [N_SENSOR, 'webcam camera microphone mic keystrokes screen screenshots sms clipboard texts calls contacts photos'],
  [
    N_PERSONA,
    'residents customers users people ppl folks personas persona voters citizens patients buyers shoppers diners patrons travelers travellers fans members reviewers accounts profiles names parents guests clients locals neighbors neighbours viewers followers readers',
  ],
  [N_FROMAS, 'from as by under'],
  [N_DIFFERENT, 'different separate distinct'],
  [N_ACCOUNTS, 'accounts profiles account'],
  [
    N_ACCVERB,
    'create creates creating make makes making register registers registering generate generates generating automate automates automating mass spin open opens gets',
  ],
  [N_FARM, 'multiple many army fleet dozens hundreds thousands'],
  [
    N_ENGVERB,
    'vote votes like likes upvote upvotes downvote downvotes follow follows subscribe subscribes retweet retweets rate rates view views',
  ],
  [N_VERBPRE, 'to that which and will can'],
  [N_REPEAT, 'repeatedly nonstop endlessly minute minutes second seconds'],
  [N_AUTHENTIC, 'legit real genuine organic authentic popular natural human'],
  [N_LOOK, 'look looks seem seems'],
  [N_PROMOTARGET, 'profile bio channel store shop onlyfans'],
  [N_WHO, 'who'],
  [N_WIPE, 'wipe wipes wiping erase erases corrupt corrupts corrupting brick bricks destroy destroys trash deletes'],
  [N_EXFIL, 'forward forwards forwarding upload uploads uploading stream streams streaming exfiltrate exfiltrates'],
  [N_SENSPLACE, 'clinic clinics abortion shelter shelters rehab protest protests rally rallies hiv'],
  [N_SURVEIL, 'camera cameras footage cctv plates plate dashcam surveillance'],
  [N_ANON, 'anonymous pseudonymous anon burner throwaway'],
  [N_VULN, 'unpatched vulnerable cve 0day zeroday'],
  [N_INSTALL, 'install installs installing drop drops dropping deploy deploys plant plants'],
  [
    N_INSTALL,
    'push pushes put puts instala instalar instale installe installer installiere installieren installa installare установи установить ставит',
  ],
  [N_DISGUISE, 'disfrazado disfrazada getarnt tarnt deguise deguisee disfarcado disfarcada camuflado camuffato'],
  [
    N_ENCRYPT,
    'cifre cifra cifrar cifrado verschlusselt verschlusseln chiffre chiffrer criptografe criptografa criptografar encripta encriptar encripte cifri cifrare crittografa crittografare',
  ],
  [N_RANSOM, 'rescate losegeld losegeldforderung rancon resgate riscatto'],
  [N_SPREADTO, 'todos todas tous toutes tutti tutte cada chaque jede jeden jedes ogni'],
  [N_EXFIL, 'mail mails mailed emails emailed push pushes pushing beacon beacons'],
  [N_EXFIL, 'envie envia enviar envoie envoyer manda mande mandar invia invii inviare schickt schicken sendet'],
  [
    N_PERSONA,
    'kunden kunde clientes cliente clienti compradores acheteurs acquirenti gaste huespedes ospiti pacientes patienten pazienti usuarios utilisateurs nutzer utenti',
  ],
  [
    N_LOOK,
    'aussieht aussehen wirkt parezca parezcan parece parecen pareca parecam sembri sembrino sembrano sembra fasse',
  ],
  [N_AUTHENTIC, 'echt echte reales reais vrai vrais vraie veri vere vero vera autentico autentica legitim'],
  [
    N_ENCRYPT,
    'versleutelt versleutelen versleutel szyfruje szyfrowac zaszyfruj шифрует зашифрует шифровать зашифровать sifreleyen sifrele sifreler',
  ],
  [N_RANSOM, 'losgeld okupu okup выкуп выкупа fidye tebusan'],
  [N_SPREADTO, 'alle wszystkie wszystkich все всех tum butun'],
  [N_PROG, 'programma programu программа программу программы programi'],
  [N_SENSOR, 'toetsaanslagen klawiszy nacisniecia нажатия клавиш klavye tuslari'],
  [
    N_EXFIL,
    'stuurt versturen doorsturen wysyla wysylac przesyla отправляет отправлять пересылает gonderen gonderir gonder',
  ],
  [
    N_PERSONA,
    'klanten klant gasten klientow klienci kupujacych покупателей покупатели клиентов клиенты musteri musteriler',
  ],
  [N_DIFFERENT, 'verschillende roznych innego разных farkli'],
  [N_PROPAGATE, 'propage propager propaga propagar verbreitet verbreiten'],
  [N_SPREADTO, 'usb'],
  [N_EXFIL, 'gửi'],
  [N_DOWNLOAD, 'descargue descarga descargar telecharge telecharger herunterladen ladt'],
  [N_EXEC, 'ejecute ejecuta ejecutar executer ausfuhrt ausfuhren'],
  [N_EXECOBJ, 'binario binaire'],
  [N_ANON, 'anonymen anonymer anonyme anonimo anonima'],
  // Misspellings more than the grammar's one-edit near match reads.
  [
    N_ANON,
    'whistleblower whistleblowers tipster anonymus anonymos anonimous annonymous анонимный анонимного анонимная анонимную анонимным',
  ],
  [N_ENCRYPT, 'encrpyt encrpyts encrytp encyrpt encyrpts'],
  [N_EXFIL, 'mengirimkannya mengirim kirim'],
];

/** Adjacent pairs that add second-layer marks: `[first, second, marks2, which]`. */
export const PAIRS2: ReadonlyArray<readonly [string, string, number, 0 | 1]> = [
  ['payment', 'note', N_RANSOM, 1],
  ['payment', 'page', N_RANSOM, 1],
  ['payment', 'screen', N_RANSOM, 1],
  ['ransom', 'note', N_RANSOM, 1],
  ['second', 'stage', N_CARRIER | N_EXECOBJ, 1],
  ['hidden', 'inside', N_DISGUISE, 0],
  ['bundled', 'with', N_DISGUISE, 0],
  ['call', 'it', N_DISGUISE, 0],
  ['disguise', 'it', N_DISGUISE, 0],
  ['next', 'stage', N_CARRIER | N_EXECOBJ, 1],
  ['2nd', 'stage', N_CARRIER | N_EXECOBJ, 1],
  ['copies', 'itself', N_PROPAGATE, 0],
  ['copy', 'itself', N_PROPAGATE, 0],
  ['mails', 'itself', N_PROPAGATE, 0],
  ['mail', 'itself', N_PROPAGATE, 0],
  ['emails', 'itself', N_PROPAGATE, 0],
  ['sends', 'itself', N_PROPAGATE, 0],
  ['send', 'itself', N_PROPAGATE, 0],
  ['posts', 'itself', N_PROPAGATE, 0],
  ['but', 'actually', N_DISGUISE, 0],
  ['but', 'secretly', N_DISGUISE, 0],
  ['but', 'really', N_DISGUISE, 0],
  ['but', 'quietly', N_DISGUISE, 0],
  ['but', 'silently', N_DISGUISE, 0],
  ['sign', 'up', N_ACCVERB, 0],
  ['set', 'up', N_ACCVERB, 0],
  ['setting', 'up', N_ACCVERB, 0],
  ['sets', 'up', N_ACCVERB, 0],
  ['pretends', 'to', N_DISGUISE, 0],
  ['pretending', 'to', N_DISGUISE, 0],
  ['real', 'job', N_DISGUISE, 0],
  ['real', 'purpose', N_DISGUISE, 0],
  ['actual', 'purpose', N_DISGUISE, 0],
  ['true', 'purpose', N_DISGUISE, 0],
  ['signs', 'up', N_ACCVERB, 0],
];
