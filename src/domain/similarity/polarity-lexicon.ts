import type { Lang } from './lang.js';

/**
 * Word lists for polarity, general to statements about a city rather than to any set of examples.
 *
 * Entry syntax: `word` matches the word exactly, `stem*` matches words starting with it (Finnish
 * and Swedish inflect and compound at the end), `!word` is a verb that counts only after an
 * auxiliary or at the start of a clause ("close the library", not "a school close to home"),
 * `-word` blocks a prefix entry ("lisäksi" is not "lisätä").
 *
 * - `more` / `less`: direction of a demand (raise, build, keep, open, allow, needed / cut, abolish,
 *   close, ban, useless), including comparatives. A clause's direction is the product of its signs.
 * - `good` / `bad`: evaluation (cheap, safe, clean / expensive, dangerous, dirty). Comparatives of
 *   speed are here too: "get in faster" asks for better service, as "the queues are too long" does,
 *   not for more of something.
 * - `later` / `earlier`: when something should happen ("start later", "aloittaa aiemmin"), a scale
 *   of its own: "later" is neither more nor less.
 * - `big` / `small`: scalar adjectives that only count after "too" ("liian pitkät jonot").
 * - `negators` flip the next polar word in their clause; unattached they negate the clause.
 * - `too` flips the scalar or polar word right after it: "too expensive" asks for "cheaper".
 * - `downParticles` are separate particles of a verb of less ("skära ned", "cut down") that count
 *   only when the verb itself is not polar.
 * - `modals` mark the clause that carries the demand ("should", "pitää", "-ttava"); `*ending`
 *   matches by ending. That clause's polarity is the statement's.
 * - `clauseWords` start a new clause, which limits a negation's reach and keeps two ways of saying
 *   the same thing ("too many and should be fewer") from multiplying into the opposite.
 * - `concessions` start a clause that concedes ("vaikka", "även om", "even if"): what the statement
 *   accepts rather than asks for.
 */
export interface PolarityLexicon {
  readonly more: string;
  readonly less: string;
  readonly good: string;
  readonly bad: string;
  readonly later: string;
  readonly earlier: string;
  readonly big: string;
  readonly small: string;
  readonly negators: string;
  readonly too: string;
  readonly downParticles: string;
  readonly clauseWords: string;
  readonly concessions: string;
  readonly modals: string;
  readonly auxiliaries: string;
}

const FI: PolarityLexicon = {
  more: `lisä* -lisäksi -lisätietoa -lisätietoja enemmän useammin useamp* useamm* usein kasva* kasvat*
    laajen* pidemp* pidem* piden* korot* korkeamp* korkeam* nost* rakenta* rakennet* perustaa perustet*
    avat* avata avaam* avaa avoin* avoim* auki aukioloaik* säily* ylläpi* jatka* jatke* jatko* -jatkossa
    salli* tuke* tuet* tuki tuen tukia tukem* vahvist* paran* panost* investo* tihen* tiheämm* tiheämp*
    isomp* suuremp* nopeut* suojel* suojaa* kirkkaamm* leveämm* leveämp* tärke*
    tarpeelli* tarpeen hyödylli* välttämät* tarvita tarvitaan tarvitsee tarvitsevat tarvittaisiin`,
  less: `vähen* vähemm* leikat* leikkaa* leikkau* pienen* pienemm* pienemp* supist* lakkaut* lopet*
    lopeta* sulke* sulj* poist* kielt* kiell* rajoit* pura* puret* purk* luopu* luovu* heiken* lyhen*
    lyhyemm* harven* harvemm* alen* laske* vastust* estä* estet* kaata* kaade* kaato* haka* hakkuu*
    lykä* lykk* hidast* riittä* riitä liikaa turha* tarpeeto* hyödytö* hyödyttöm* himmen*
    kapeamm* myy* -myymälä*`,
  good: `hyvä hyvää hyvin hyviä hyvät hyvän paremp* paras parhai* turvalli* halpa halpoja halvemp*
    halvem* edulli* maksuton maksutto* ilmai* helppo helpo* helpomp* siisti* puhdas puhtaa* puhtaamp*
    reilu* oikeudenmukai* toimiva* terveelli* viihtyi* kaunis kauni* nopeamm* nopeamp*`,
  bad: `huono* heikko heikkoja vaaralli* turvaton turvattom* kallis kallista kallii* maksulli* vaikea*
    vaikeamp* hankala* likai* roskai* epäreilu* epäoikeudenmukai* epäkäytännölli* epäterveelli* ruma*
    meluisa* hitaamm* hitaamp*`,
  later: `myöhemmin myöhempään myöhäisemp* myöhään myöhäi*`,
  // Not varhai*: "varhaiskasvatus" (early childhood education) is a service, not a time.
  earlier: `aiemmin aikaisemmin aikaisemp* aiemp* aikaisin varhain varhaisemm* varhaisemp* varhemm*`,
  big: `iso isot isoja isoa suuri suuret suuria suurta pitkä pitkät pitkiä pitkään pitkiksi korkea
    korkeat korkeita korkeaa moni monta paljon kauan leveä`,
  small: `pieni pienet pieniä pientä lyhyt lyhyet lyhyitä matala matalat matalia vähän harvoin hidas
    hidasta hitaasti kapea ahdas ahtaita`,
  negators: `ei en et emme ette eivät eikä enkä etkä emmekä ettekä eivätkä älä älkää älköön älkööt ilman`,
  too: `liian turhan`,
  downParticles: ``,
  clauseWords: `ja mutta vaan koska jotta kun jos sillä joten sijaan`,
  concessions: `vaikka vaikkakin`,
  modals: `pitää pitäisi pidä täytyy täytyisi tulee tulisi tule saa saisi tarvitaan *ttava *ttävä
    *ttavat *ttävät *ttavia *ttäviä`,
  auxiliaries: ``,
};

const SV: PolarityLexicon = {
  more: `öka* ökning* höj* utöka* utvidga* bygga* byggs byggt byggde bygget förläng* längre fler flera
    mer mera större högre tätare oftare öppna* öppnas öppnar öppnade öppet öppen öppettid* behåll*
    bevara* fortsätt* fortsatt* tillåt* stöd* satsa* investera* förbättra* stärk* starta* påskynda*
    skydda* viktig* nödvändig* användbar* behövs behöver behöva behov bredda* bredare ljusare`,
  less: `minsk* sänk* nedskärning* skära skärs skäras skurits avskaffa* bort stäng* förbjud* förbud*
    begräns* riv* avveckl* upphör* sluta slutar slutat färre mindre lägre kortare glesare försämr*
    avverka* fälla fälls fällas nedläggning* indragning* dras onödig* oviktig* slöseri
    motsätt* smalare sälj* tillräcklig*`,
  good: `bra bättre bäst god goda gott godare säker säkra säkert säkrare trygg* billig* gratis
    avgiftsfri* lätt lättare enkel enkelt enklare ren rena renare rättvis* trevlig* hälsosam* fungerar snabbare`,
  bad: `dålig* sämre sämst farlig* otrygg* osäker* dyr dyra dyrt dyrare svår* smutsig* orättvis*
    krånglig* ful fula bullrig* långsammare`,
  later: `senare sent`,
  earlier: `tidigare tidigt tidig`,
  big: `stor stora stort lång långa långt hög höga högt många mycket ofta bred breda`,
  small: `liten lilla små kort korta lite låg låga lågt få sällan långsam* trång* smal smala`,
  negators: `inte ej icke aldrig ingen inget inga utan varken`,
  too: `för alltför`,
  downParticles: `ned ner`,
  clauseWords: `och men eftersom när om medan istället`,
  concessions: `även fast fastän trots`,
  modals: `ska skall bör borde måste behöver behövs får`,
  auxiliaries: ``,
};

const EN: PolarityLexicon = {
  more: `increas* rais* raising more expand* extend* extens* grow grows growing build builds built
    construct* add adds added adding additional introduc* creat* establish* open opens opened opening
    keep keeps kept maintain maintained preserv* protect* retain* continu* allow* permit permitted
    support* fund funds funded funding invest* strengthen* improv* enlarg* lengthen* longer larger
    bigger higher wider widen* frequent frequently sooner brighter important necessary
    needed need needs useful essential restor* start starts started begin begins prioritis* !building`,
  less: `decreas* reduc* lower lowered lowering !cut cuts shrink* limited !limit restrict* abolish*
    scrap scrapped scrapping remov* eliminat* !end ended !stop stopped stopping cancel* discontinu*
    !close closed closure* shut shuts !ban bans banned banning prohibit* forbid* forbidden oppos*
    demolish* weaken* worsen* less fewer smaller shorter narrower postpon* unnecessary useless
    pointless wasteful delay* dimmed dimming !fell felled !dim privatis* sell sold selling enough
    sufficient`,
  good: `good better best well safe safer cheap cheaper cheapest affordable free easy easier clean
    cleaner fair fairer healthy healthier efficient nice pleasant tidy tasty faster quicker`,
  bad: `bad worse worst poor poorly dangerous unsafe expensive costly pricey difficult dirty unfair
    untidy unhealthy inaccessible noisy broken ugly slower dearer pricier`,
  later: `later late`,
  // Not "early": "early childhood education" is a service, not a time.
  earlier: `earlier`,
  big: `big large high many much long often wide crowded`,
  small: `small little low few short rarely slow narrow`,
  negators: `not no never nobody nothing none neither nor without`,
  too: `too overly`,
  downParticles: `down`,
  clauseWords: `and but because since so if when while instead unless whereas`,
  concessions: `although though even`,
  modals: `should must shall ought need needs has have let`,
  auxiliaries: `should must to will would shall can could may might not be is are been being let lets
    please we they`,
};

export const POLARITY_LEXICONS: Record<Lang, PolarityLexicon> = { fi: FI, sv: SV, en: EN };
