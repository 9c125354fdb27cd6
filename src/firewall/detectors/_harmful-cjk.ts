/**
 * Harmful requests in Chinese, Japanese and Korean. These scripts write without spaces between
 * words, so the word lexer reads a whole clause as one token; here each sentence is read by
 * characters instead: which term lists occur in it (a request, a malware name, a stealing verb and
 * credentials, a private attribute and a person, a covert tracker, fake reviews, bulk messages,
 * bought engagement, a sender posing as a bank or a courier), and a rule fires when its lists
 * meet in one sentence with no defensive, educational or first-party cue in it (`検出`, `删除`,
 * `예방`, `自分の`, `小説`).
 *
 * Words are matched as written, Simplified and Traditional Chinese forms both listed; Korean
 * phrases are listed with and without the space between their words. Linear: each term list is
 * looked for once per sentence, and sentences do not overlap.
 *
 * @internal Not part of the public API.
 */

/** Term classes, one bit each, ORed over a sentence. */
const REQ = 1;
const MAL = 1 << 1;
const STEAL = 1 << 2;
const CRED = 1 << 3;
const RANSOM = 1 << 4;
const ENCRYPT = 1 << 5;
const KEYS = 1 << 6;
const SEND = 1 << 7;
const PATTR = 1 << 8;
const SEEK = 1 << 9;
const PERSON = 1 << 10;
const COVERT = 1 << 11;
const TRACK = 1 << 12;
const REVIEW = 1 << 13;
const FAKE = 1 << 14;
const BULK = 1 << 15;
const MSG = 1 << 16;
const UNSOL = 1 << 17;
const OPTIN = 1 << 18;
const ENGAGE = 1 << 19;
const AUTO = 1 << 20;
const POSE = 1 << 21;
const INSTITUTION = 1 << 22;
const LINK = 1 << 23;
const DEF = 1 << 24;
const OWN = 1 << 25;
const FACE = 1 << 26;
const SPYAPP = 1 << 27;
const NAME = 1 << 28;
const ACCT = 1 << 29;
const VIEW = 1 << 30;
const SCREEN = 1 << 31;

/** Term lists by class. */
const TERMS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [
    REQ,
    [
      // Japanese: make, write, tell me how, want to, please.
      '作って',
      '作成',
      '作りたい',
      '作り方',
      '作る方法',
      '書いて',
      '書きたい',
      '教えて',
      '方法',
      'ください',
      '下さい',
      'したい',
      '入れたい',
      '知りたい',
      '送りたい',
      '増やしたい',
      '開発して',
      'して。',
      '投稿して',
      '載せて',
      '書き込んで',
      'つけて',
      '実装して',
      // Chinese: write, develop, help me, make one, how.
      '编写',
      '編寫',
      '写一个',
      '寫一個',
      '写个',
      '寫個',
      '写一段',
      '寫一段',
      '帮我',
      '幫我',
      '做一个',
      '做一個',
      '开发',
      '開發',
      '给我',
      '給我',
      '怎么',
      '怎麼',
      '如何',
      '实现',
      '實現',
      '我想',
      '我要',
      // Korean: make, write, tell, how, want, please.
      '만들어',
      '작성',
      '짜 줘',
      '짜줘',
      '써 줘',
      '써줘',
      '알려',
      '방법',
      '싶어',
      '싶다',
      '해 줘',
      '해줘',
      '주세요',
      '줘',
      '줄래',
      '하는 법',
    ],
  ],
  [
    MAL,
    [
      'ランサムウェア',
      'キーロガー',
      'マルウェア',
      'トロイの木馬',
      'バックドア',
      'スパイウェア',
      'ボットネット',
      'ルートキット',
      'ワーム',
      'ウイルスを作',
      'ウイルスを書',
      '勒索软件',
      '勒索軟體',
      '勒索病毒',
      '木马',
      '木馬',
      '恶意软件',
      '惡意軟體',
      '恶意程序',
      '惡意程式',
      '键盘记录',
      '鍵盤記錄',
      '后门',
      '後門',
      '间谍软件',
      '間諜軟體',
      '蠕虫',
      '蠕蟲',
      '僵尸网络',
      '殭屍網路',
      '病毒程序',
      '写病毒',
      '寫病毒',
      '랜섬웨어',
      '키로거',
      '악성코드',
      '악성 코드',
      '백도어',
      '스파이웨어',
      '트로이목마',
      '트로이 목마',
      '봇넷',
      '루트킷',
    ],
  ],
  [
    STEAL,
    [
      '盗ん',
      '盗む',
      '盗み',
      '盗る',
      '抜き取',
      '窃取',
      '竊取',
      '盗取',
      '盜取',
      '偷取',
      '偷走',
      '盗走',
      '盜走',
      '훔치',
      '훔쳐',
      '탈취',
      '빼내',
      '빼돌',
    ],
  ],
  [
    CRED,
    [
      'パスワード',
      '認証情報',
      'ログイン情報',
      'クッキー',
      '暗証番号',
      'カード情報',
      'ウォレット',
      '密码',
      '密碼',
      '凭证',
      '憑證',
      '登录信息',
      '登錄信息',
      '信用卡信息',
      '钱包',
      '錢包',
      '비밀번호',
      '패스워드',
      '쿠키',
      '로그인 정보',
      '계정 정보',
      '카드 정보',
      '지갑',
    ],
  ],
  [RANSOM, ['身代金', '赎金', '贖金', '몸값']],
  [ENCRYPT, ['暗号化', '加密', '암호화']],
  [
    KEYS,
    [
      'キー入力',
      '入力されたすべて',
      '入力した内容',
      '打字',
      '键盘输入',
      '鍵盤輸入',
      '按键',
      '按鍵',
      '키 입력',
      '입력한 모든',
      '키보드 입력',
    ],
  ],
  [
    SEND,
    [
      '一斉送信',
      '发短信',
      '發短信',
      '发消息',
      '發消息',
      '群发',
      '群發',
      '送信',
      '送る',
      '送って',
      '送りたい',
      '送れる',
      '配信',
      '転送',
      '発送',
      '发送',
      '發送',
      '发给',
      '發給',
      '发到',
      '發到',
      '传到',
      '傳到',
      '上传',
      '上傳',
      '보내',
      '발송',
      '전송',
    ],
  ],
  [
    PATTR,
    [
      '住所',
      '自宅',
      '本名',
      '電話番号',
      '携帯番号',
      '勤務先',
      '職場',
      '実家',
      '居場所',
      '家庭住址',
      '住址',
      '地址',
      '手机号',
      '手機號',
      '电话号码',
      '電話號碼',
      '身份证',
      '身份證',
      '真实姓名',
      '真實姓名',
      '真名',
      '工作单位',
      '工作單位',
      '住在哪',
      '주소',
      '전화번호',
      '휴대폰 번호',
      '실명',
      '주민등록번호',
      '직장',
      '사는 곳',
      'どこに住',
      '住んでいる場所',
      '住在哪',
      '住哪',
      '어디 사는',
      '어디에 사는',
      '어디 살',
      '신상',
    ],
  ],
  [
    SEEK,
    [
      '特定',
      '調べ',
      '探し',
      '探して',
      '見つけ',
      '割り出',
      '突き止め',
      '教えて',
      '晒',
      '查',
      '找',
      '搜',
      '人肉',
      '挖出',
      '찾아',
      '알아내',
      '알아봐',
      '알려',
      '공개',
    ],
  ],
  [
    PERSON,
    [
      '女性',
      '女の子',
      '男性',
      '彼女',
      '女子',
      '男子',
      'クラスメイト',
      '同級生',
      '先生',
      '彼氏',
      '元彼',
      '元カノ',
      '元カレ',
      '元恋人',
      '元妻',
      '元夫',
      '妻の',
      '妻に',
      '妻が',
      '夫の',
      '夫に',
      '夫が',
      '奥さん',
      '嫁',
      '旦那',
      '同僚',
      '上司',
      '隣人',
      'この人',
      'あの人',
      '人物',
      '店員',
      '配信者',
      '女孩',
      '女生',
      '男生',
      '她',
      '这个人',
      '這個人',
      '那个人',
      '那個人',
      '前女友',
      '前男友',
      '前妻',
      '前夫',
      '老婆',
      '老公',
      '女朋友',
      '男朋友',
      '同事',
      '邻居',
      '鄰居',
      '主播',
      '여자',
      '남자',
      '이 사람',
      '그 사람',
      '여자친구',
      '남자친구',
      '아내',
      '남편',
      '동료',
      '이웃',
      '그녀',
    ],
  ],
  [
    COVERT,
    [
      '気づかれずに',
      '気付かれずに',
      'バレずに',
      'バレないように',
      '内緒で',
      'こっそり',
      '隠れて',
      '隠して',
      '秘密裏に',
      '知られずに',
      '不知道的情况下',
      '不知道的情況下',
      '不知情',
      '偷偷',
      '悄悄',
      '背着',
      '背著',
      '몰래',
      '모르게',
      '들키지 않게',
    ],
  ],
  [
    TRACK,
    [
      '追跡',
      '監視',
      '位置情報',
      '位置が',
      '位置を',
      '盗聴',
      '盗撮',
      '覗き見',
      'のぞき見',
      'トーク履歴',
      '监控',
      '監控',
      '跟踪',
      '跟蹤',
      '定位',
      '聊天记录',
      '聊天記錄',
      '追踪',
      '追蹤',
      '窃听',
      '竊聽',
      '偷看',
      '偷拍',
      '위치 추적',
      '위치추적',
      '추적',
      '감시',
      '엿보',
      '도청',
      '카톡',
    ],
  ],
  [
    SPYAPP,
    [
      '監視アプリ',
      'スパイアプリ',
      '追跡アプリ',
      '监控软件',
      '監控軟體',
      '定位软件',
      '定位軟體',
      '스파이 앱',
      '추적 앱',
      '감시 앱',
    ],
  ],
  [
    REVIEW,
    [
      '口コミ',
      'レビュー',
      '評価',
      '星5',
      '星５',
      '五つ星',
      '好评',
      '好評',
      '评论',
      '評論',
      '评价',
      '評價',
      '五星',
      '리뷰',
      '후기',
      '별점',
      '평점',
    ],
  ],
  [
    FAKE,
    [
      'なりすま',
      '偽',
      '別々の人',
      '別人',
      '違う人が書いた',
      '不同的人',
      '不同顾客',
      '不同顧客',
      '다른 사람이 쓴',
      '偽の',
      '偽物',
      '偽装',
      'やらせ',
      'サクラ',
      '嘘の',
      '架空の',
      '捏造',
      '假的',
      '虚假',
      '虛假',
      '假冒',
      '装作',
      '裝作',
      '冒充',
      '伪装',
      '偽裝',
      '刷好评',
      '刷好評',
      '刷单',
      '刷單',
      '水军',
      '水軍',
      '가짜',
      '인 척',
      '인척',
      '하는 척',
      '척해',
      '척하',
      '조작',
      '허위',
      '사칭',
    ],
  ],
  [
    BULK,
    [
      '一斉送信',
      '一斉に',
      '大量に',
      '大量送信',
      '大量の',
      '1万',
      '１万',
      '一万',
      '10万',
      '十万',
      '数千',
      '数万',
      '群发',
      '群發',
      '批量',
      '大量',
      '万个',
      '几万',
      '幾萬',
      '几千',
      '萬個',
      '成千上万',
      '成千上萬',
      '대량',
      '일괄',
      '수천',
      '수만',
      '만 명',
      '단체 문자',
    ],
  ],
  [
    MSG,
    [
      'メッセージ',
      'SMS',
      'ショートメール',
      'メール',
      'DM',
      '広告',
      '宣伝',
      '短信',
      '消息',
      '私信',
      '广告',
      '廣告',
      '邮件',
      '郵件',
      '메시지',
      '문자',
      '광고',
      '메일',
      '文面',
      '쪽지',
    ],
  ],
  [
    UNSOL,
    [
      '購入した',
      '買った',
      '名簿',
      '买来的',
      '買來的',
      '购买的',
      '購買的',
      '陌生人',
      '구매한',
      '산 번호',
      '모르는 사람',
      // Scraped lists, and no consent asked (`동의 없이`, `同意なしで`, `未经同意`).
      'スクレイピングした',
      '스크랩한',
      '수집한',
      '동의 없이',
      '동의없이',
      '同意なし',
      '同意なく',
      '同意を得ずに',
      '未经同意',
      '未經同意',
      '不用他们同意',
      '不用他們同意',
      '爬取的',
    ],
  ],
  [
    OPTIN,
    [
      '登録者',
      '購読者',
      '会員',
      '订阅',
      '訂閱',
      '同意した',
      '同意済み',
      '구독자',
      '회원',
      'チーム',
      '社員',
      '员工',
      '員工',
      '团队',
      '團隊',
      '팀원',
      '직원',
    ],
  ],
  [
    ENGAGE,
    [
      'フォロワー',
      'いいね',
      '再生回数',
      '再生数',
      '閲覧数',
      '粉丝',
      '粉絲',
      '点赞',
      '點讚',
      '播放量',
      '浏览量',
      '瀏覽量',
      '팔로워',
      '좋아요',
      '조회수',
    ],
  ],
  [
    AUTO,
    [
      '自動で',
      '自動化',
      'ボット',
      '複数アカウント',
      'フォロワーを買',
      'フォロワー購入',
      'いいねを買',
      '机器人',
      '機器人',
      '自动',
      '买粉',
      '買粉',
      '刷粉',
      '刷点赞',
      '刷點讚',
      '批量注册',
      '批量註冊',
      '刷赞',
      '刷讚',
      '刷播放',
      '买赞',
      '買讚',
      '僵尸粉',
      '殭屍粉',
      '자동',
      '봇',
      '팔로워 구매',
      '팔로워를 사',
      '매크로',
    ],
  ],
  [
    POSE,
    [
      'を装',
      '装った',
      'になりすま',
      'なりすまし',
      '冒充',
      '假冒',
      '伪装成',
      '偽裝成',
      '假装是',
      '假裝是',
      '사칭',
      '인 척',
      '인척',
      '처럼 속여',
    ],
  ],
  [
    INSTITUTION,
    [
      '銀行',
      '宅配',
      '配達',
      '運送',
      '税務署',
      '警察',
      'カード会社',
      '银行',
      '快递',
      '快遞',
      '客服',
      '税务',
      '稅務',
      '은행',
      '택배',
      '경찰',
      '카드사',
      '국세청',
    ],
  ],
  [LINK, ['リンク', 'URL', '链接', '鏈接', '連結', '링크']],
  [
    DEF,
    [
      '検出',
      '真偽',
      '説明',
      'について',
      '解説',
      '讲解',
      '介绍',
      '介紹',
      '설명',
      '확인',
      '確認',
      '확인',
      '有没有',
      '有沒有',
      '分析',
      '解析',
      '保护',
      '保護',
      '防护',
      '防護',
      '不被',
      '분석',
      '요약',
      '보호',
      '検知',
      '駆除',
      'から削除',
      '削除方法',
      '削除する方法',
      '対策',
      '防止',
      '防ぐ',
      '守る',
      '守って',
      '运作',
      '運作',
      '怎么工作',
      '怎麼工作',
      '工作原理',
      '守り方',
      '予防',
      '見分け',
      '見抜',
      '識別',
      '仕組み',
      '通報',
      '注意喚起',
      '检测',
      '檢測',
      '检查',
      '檢查',
      '如何删除',
      '如何刪除',
      '清除',
      '防范',
      '防範',
      '预防',
      '预防',
      '识别',
      '辨别',
      '辨別',
      '鉴别',
      '鑑別',
      '原理',
      '举报',
      '舉報',
      '提醒',
      '탐지',
      '제거',
      '예방',
      '방지',
      '구별',
      '식별',
      '판별',
      '원리',
      '신고',
      '주의',
    ],
  ],
  // A name alone is private only with a photo of the person (`この写真の女性の名前`).
  [NAME, ['名前', '名字', '姓名', '이름']],
  // A person's messages or phone, and reading them (`彼氏のLINEをこっそり見る`).
  [
    ACCT,
    [
      'LINE',
      'スマホ',
      '携帯',
      'メッセージ',
      'トーク',
      '微信',
      '手机',
      '手機',
      '聊天',
      '短信',
      '카톡',
      '휴대폰',
      '핸드폰',
      '문자',
      '메시지',
    ],
  ],
  [VIEW, ['見る', '見たい', '見れる', '見られる', '読む', '読みたい', '看', '查看', '보는', '보고', '볼 수', '읽']],
  // The screen, the camera or the microphone captured (`画面を撮影`, `截屏`, `偷偷录下麦克风`).
  [
    SCREEN,
    [
      '麦克风',
      '麥克風',
      'マイク',
      '마이크',
      'カメラ',
      '摄像头',
      '攝像頭',
      '카메라',
      '录音',
      '錄音',
      '録音',
      '녹음',
      '画面',
      '屏幕',
      '화면',
      '画面をキャプチャ',
      'スクリーンショット',
      'スクショ',
      '截屏',
      '截图',
      '截圖',
      '屏幕截',
      '화면 캡처',
      '화면을 캡처',
      '스크린샷',
    ],
  ],
  [OWN, ['自分の', '自分自身', '我自己', '제 자신', '내 자신', '본인의']],
  [FACE, ['写真', '顔', '画像', '照片', '相片', '图片', '圖片', '人脸', '人臉', '사진', '얼굴']],
];

/** A fictional frame (`小説`, `故事`, `소설`): a defence unless the sentence asks for the working thing. */
const FICTION: readonly string[] = [
  '小説',
  '物語',
  '小说',
  '小說',
  '故事',
  '剧本',
  '劇本',
  '소설',
  '이야기',
  '시나리오',
];

/** The working artifact asked for (`完全に動く`, `ソースコード`, `完整的源代码`, `작동하는 소스 코드`). */
const DELIVERABLE: readonly string[] = [
  '完全',
  '動く',
  '動作する',
  'ソースコード',
  '源代码',
  '源代碼',
  '完整',
  '可运行',
  '可運行',
  '能运行',
  '能運行',
  '작동',
  '소스 코드',
  '소스코드',
  '전체 코드',
  '완전한',
];

/** Mining a cryptocurrency, or a miner by name. */
const MINING: readonly string[] = [
  'マイニング',
  '採掘',
  '掘らせ',
  '挖矿',
  '挖礦',
  '挖门罗',
  '挖門羅',
  '채굴',
  '마이닝',
  'XMRig',
  'xmrig',
];

/** Whether `sentence` holds one of `words`. */
function holds(sentence: string, words: readonly string[]): boolean {
  for (const w of words) if (sentence.includes(w)) return true;
  return false;
}

/** One rule: the classes that must all meet in a sentence, one of `any` (0: none needed), and the finding. */
interface CjkRule {
  readonly all: number;
  readonly any: number;
  readonly none: number;
  readonly finding: CjkFindingKind;
}

/** Which finding of the word grammar a rule reports as. */
export type CjkFindingKind =
  | 'malwareCreate'
  | 'credentialTheft'
  | 'malwareBehavior'
  | 'personalData'
  | 'tracking'
  | 'fakeReviews'
  | 'bulkMessaging'
  | 'fakeEngagement'
  | 'impersonation';

const RULES: readonly CjkRule[] = [
  // `ランサムウェアを作って`, `帮我写一个勒索软件`.
  { all: MAL | REQ, any: 0, none: DEF, finding: 'malwareCreate' },
  // `パスワードを盗んでサーバーに送信するプログラム`: stealing credentials, asked for.
  { all: STEAL | CRED | REQ, any: 0, none: DEF | OWN, finding: 'credentialTheft' },
  // Files encrypted for a ransom.
  { all: RANSOM | ENCRYPT | REQ, any: 0, none: DEF, finding: 'malwareBehavior' },
  // Every key typed, sent away.
  { all: KEYS | SEND | REQ, any: 0, none: DEF | OWN, finding: 'malwareBehavior' },
  // A person's private attribute sought (`この写真の女性の名前と住所を特定して`).
  { all: PATTR | SEEK | PERSON, any: 0, none: DEF | OWN, finding: 'personalData' },
  // A person in a photo named and placed: face search.
  { all: NAME | FACE | SEEK | PERSON, any: 0, none: DEF | OWN, finding: 'personalData' },
  // Watching someone without being noticed, or a spying app on a person.
  { all: COVERT | TRACK, any: 0, none: DEF | OWN, finding: 'tracking' },
  { all: SPYAPP | PERSON | REQ, any: 0, none: DEF | OWN, finding: 'tracking' },
  // A person's phone or messages read without the person noticing.
  { all: COVERT | ACCT | PERSON | VIEW, any: 0, none: DEF | OWN, finding: 'tracking' },
  // The screen, camera or microphone captured and sent away, hidden.
  { all: SCREEN | SEND | COVERT | REQ, any: 0, none: DEF | OWN, finding: 'malwareBehavior' },
  // Reviews written as someone else or faked.
  { all: REVIEW | FAKE | REQ, any: 0, none: DEF, finding: 'fakeReviews' },
  // Messages to many who did not ask for them.
  { all: MSG | BULK | SEND, any: 0, none: DEF | OPTIN, finding: 'bulkMessaging' },
  { all: MSG | UNSOL | SEND, any: 0, none: DEF | OPTIN, finding: 'bulkMessaging' },
  // Followers, likes or views bought or made by a bot.
  { all: ENGAGE | REQ, any: AUTO | FAKE, none: DEF | OWN, finding: 'fakeEngagement' },
  // A message posing as a bank or a courier with a link.
  { all: POSE | INSTITUTION, any: MSG | LINK, none: DEF, finding: 'impersonation' },
];

/** Characters that end a sentence. */
function sentenceEnd(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 33 || c === 63 || c === 10;
}

/** A CJK letter: kana, ideographs, Hangul. */
function isCjk(c: number): boolean {
  return (c >= 0x3040 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff);
}

/** Whether `s` holds a character of the CJK scripts (a cheap gate before the scan). */
export function hasCjk(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isCjk(s.charCodeAt(i))) return true;
  return false;
}

/** One finding: what it reports as, and `[start, end)` of the segment (the sentence). */
export interface CjkHarm {
  readonly finding: CjkFindingKind;
  readonly start: number;
  readonly end: number;
}

/** Classes of the terms that occur in `sentence`. */
function classesOf(sentence: string): number {
  let m = 0;
  for (const [c, words] of TERMS) {
    if (m & c) continue;
    for (const w of words)
      if (sentence.includes(w)) {
        m |= c;
        break;
      }
  }
  return m;
}

/**
 * The harmful-request findings of one segment read by characters, at most one per kind. Only
 * sentences holding a CJK character are read.
 */
export function scanHarmfulCjk(s: string): CjkHarm[] {
  const out: CjkHarm[] = [];
  let seen = 0;
  let mined = false;
  let start = 0;
  const n = s.length;
  while (start < n) {
    let end = start;
    let cjk = false;
    while (end < n && !sentenceEnd(s.charCodeAt(end))) {
      if (!cjk && isCjk(s.charCodeAt(end))) cjk = true;
      end++;
    }
    if (cjk) {
      const sentence = s.slice(start, end);
      let m = classesOf(sentence);
      // A story excuses the narrative, not a working artifact asked for within it.
      if ((m & DEF) === 0 && holds(sentence, FICTION) && !holds(sentence, DELIVERABLE)) m |= DEF;
      for (let r = 0; r < RULES.length; r++) {
        // r < RULES.length
        const rule = RULES[r]!;
        if ((seen >>> r) & 1) continue;
        if ((m & rule.all) !== rule.all || (rule.any !== 0 && (m & rule.any) === 0) || (m & rule.none) !== 0) continue;
        seen |= 1 << r;
        out.push({ finding: rule.finding, start, end });
      }
      // A miner put on machines without their users knowing (`会社のPCにこっそりマイニングソフトを入れて`).
      if (!mined && m & COVERT && (m & (DEF | OWN)) === 0 && holds(sentence, MINING)) {
        mined = true;
        out.push({ finding: 'malwareBehavior', start, end });
      }
    }
    start = end + 1;
  }
  return out;
}
