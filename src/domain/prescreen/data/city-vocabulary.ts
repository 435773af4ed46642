import type { Lang } from '../../languages.js';

/**
 * What a city conversation is about, beyond its own question: the services, places and decisions
 * of a city and the ways residents take part, a theme per line. A statement that names one of them
 * (inflected, or as the last part of a compound: "kaupunkipyörä", "ungdomsbiljett") is about the
 * city, also in a conversation whose description happens not to name buses or day care.
 */
export const CITY_VOCABULARY: Record<Lang, string> = {
  fi: `
kaupunki kunta kaupunginosa asuinalue lähiö kortteli keskusta naapurusto asukas kaupunkilainen kuntalainen
päätös päätöksenteko valtuusto kaupunginvaltuusto kaupunginhallitus lautakunta pormestari päättäjä poliitikko virkamies
osallistuminen osallistaminen vaikuttaminen kuuleminen asukasilta asukastilaisuus kysely palaute äänestys budjetti osallistuva budjetointi raati kansalaisraati aloite kuntalaisaloite
liikenne joukkoliikenne autoilu linja vuoroväli bussi raitiovaunu ratikka metro juna lautta pyörä pyörätie kaupunkipyörä kävely jalkakäytävä auto pysäköinti parkkipaikka katu tie silta risteys nopeusrajoitus lippu
asunto asuminen vuokra vuokra-asunto kaavoitus kaava rakentaminen rakennus talo kerrostalo tontti remontti korjaus tyhjä tila
puisto viheralue metsä luonto ranta meri järvi puu kukka leikkipuisto koirapuisto ympäristö ilmasto päästö hiilineutraali kierrätys jäte roska roska-astia melu ilmanlaatu
koulu päiväkoti varhaiskasvatus oppilas opettaja opiskelija nuori nuoriso nuorisotalo lapsi perhe vanhempi harrastus kerho
sosiaalitoimi sosiaalipalvelu terveys terveysasema sairaala lääkäri hoitaja hoito vanhus ikäihminen palvelutalo sosiaalityö mielenterveys päihde asunnoton tukiasunto toimeentulo
kirjasto museo teatteri konsertti kulttuuri tapahtuma festivaali taide musiikki liikunta urheilu uimahalli maauimala kenttä sauna
turvallisuus poliisi valaistus lumi lumityöt auraus hiekoitus siivous kunnossapito vessa yleinen käymälä penkki
palvelu asiakaspalvelu neuvonta sähköinen verkkopalvelu sovellus digituki kieli selkokieli saavutettavuus esteettömyys
työ työpaikka yritys kauppa ravintola kahvila tori kauppahalli ostoskeskus vero maksu hinta raha talous
`,
  sv: `
stad kommun stadsdel bostadsområde förort kvarter centrum grannskap invånare stadsbo kommuninvånare
beslut beslutsfattande fullmäktige stadsfullmäktige stadsstyrelse nämnd borgmästare beslutsfattare politiker tjänsteman
delaktighet deltagande påverkan hörande invånarmöte enkät respons omröstning budget deltagande budgetering medborgarpanel initiativ
trafik kollektivtrafik bilism linje turtäthet buss busschaufför spårvagn metro tåg färja cykel cykelväg stadscykel gång trottoar bil parkering gata väg bro korsning hastighetsbegränsning biljett
bostad boende hyra hyresbostad planläggning detaljplan byggande byggnad hus höghus tomt renovering reparation lokal
park grönområde skog natur strand hav sjö träd blomma lekpark hundpark miljö klimat utsläpp koldioxidneutral återvinning avfall skräp soptunna buller luftkvalitet
skola daghem småbarnspedagogik elev lärare studerande ung ungdom ungdomsgård barn familj förälder hobby klubb
hälsa hälsostation sjukhus läkare skötare vård äldre servicehus socialarbete mental hälsa missbruk hemlös stödbostad utkomststöd
bibliotek museum teater konsert kultur evenemang festival konst musik idrott motion simhall friluftsbad plan bastu
trygghet säkerhet polis belysning snö snöröjning plogning sandning städning underhåll toalett offentlig bänk
tjänst kundtjänst rådgivning digital webbtjänst app digistöd språk lättläst tillgänglighet
arbete arbetsplats företag butik restaurang kafé torg saluhall köpcentrum skatt avgift pris pengar ekonomi
`,
  en: `
city town municipality district neighbourhood neighborhood suburb block downtown centre center community resident citizen local
decision decision-making council city council city board committee mayor decision-maker politician official
participation taking part influence consultation hearing residents meeting survey feedback vote voting budget participatory budgeting citizens panel jury initiative
transport traffic public transport driving line frequency bus tram metro train ferry bike bicycle cycling cycle lane city bike walking pavement sidewalk car parking street road bridge junction speed limit ticket fare
housing home flat apartment rent rental zoning plan planning construction building house block of flats plot renovation repair premises
park green space forest nature shore beach sea lake tree flower playground dog park environment climate emissions carbon neutral recycling waste litter rubbish bin noise air quality
school day care kindergarten early education pupil teacher student young people youth youth centre child children family parent hobby club
health health centre hospital doctor nurse care elderly older people care home social work mental health addiction homeless supported housing benefits
library museum theatre concert culture event festival art music sport sports exercise swimming hall outdoor pool field sauna
safety security police lighting snow snow clearing ploughing gritting cleaning maintenance toilet public bench
service customer service advice digital online service app digital support language plain language accessibility
work jobs workplace business shop restaurant cafe market square market hall shopping centre tax fee price money economy
`,
};
