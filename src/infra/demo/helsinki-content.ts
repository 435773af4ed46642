// The demo conversation: the City of Helsinki's January 2026 conversation on how residents should
// take part in city decisions. Seed statements are written for the demo, not copied from the city.

export type DemoLang = 'fi' | 'sv' | 'en';

export interface DemoTexts {
  title: string;
  question: string;
  description: string;
  rules: string[];
  contact: string;
}

/** A statement written by the organizers; its original language is Finnish. */
export interface DemoStatement {
  seed: true;
  texts: Record<DemoLang, string>;
}

export interface DemoSegmentQuestion {
  question: Record<DemoLang, string>;
  options: { id: string; label: Record<DemoLang, string> }[];
}

export interface DemoContent {
  slug: string;
  texts: Record<DemoLang, DemoTexts>;
  segmentQuestion: DemoSegmentQuestion;
  statements: DemoStatement[];
}

// A plausible address for the city's participation unit; not verified as a real mailbox.
const CONTACT_EMAIL = 'osallisuus@hel.fi';

const fi: DemoTexts = {
  title: 'Osallistumisen tulevaisuus Helsingissä',
  question: 'Millaisia osallistamisen keinoja Helsingissä tulisi olla tulevaisuudessa?',
  description: [
    'Helsinki uudistaa tapojaan kuulla asukkaita ja ottaa heidät mukaan päätöksentekoon. ' +
      'Kysymme kaikilta Helsingissä asuvilta ja työskenteleviltä, millaisia osallistumisen keinoja ' +
      'kaupungissa pitäisi olla tulevaisuudessa.',
    'Vastaukset antavat kaupungille kokonaiskuvan siitä, mitä helsinkiläiset ajattelevat ' +
      'osallistumisesta. Sen pohjalta kaupunki suunnittelee kevään työpajat, joihin kutsutaan ' +
      'asukkaita, kaupungin henkilöstöä, järjestöjä, yrityksiä ja päättäjiä.',
    'Näin keskustelu toimii: kerro jokaisesta väitteestä, oletko samaa mieltä, eri mieltä vai ' +
      'ohitatko sen. Voit myös lisätä omia väitteitä määräaikaan asti. Moderaattorit tarkistavat ' +
      'jokaisen uuden väitteen ennen julkaisua ja julkaisevat uudet väitteet arkipäivisin 24 tunnin kuluessa.',
  ].join('\n\n'),
  rules: [
    'Väite ei mainitse nimeltä eikä muuten yksilöi ketään yksittäistä henkilöä.',
    'Väite ei loukkaa eikä halveksi muita.',
    'Väite pysyy aiheessa, ei ole ilmeisen virheellinen eikä toista keskustelussa jo olevaa väitettä.',
  ],
  contact: `Kysyttävää keskustelusta? Ota yhteyttä kaupungin osallisuustiimiin: ${CONTACT_EMAIL}`,
};

const sv: DemoTexts = {
  title: 'Delaktighetens framtid i Helsingfors',
  question: 'Hurdana sätt att delta och påverka borde det finnas i Helsingfors i framtiden?',
  description: [
    'Helsingfors förnyar sina sätt att höra invånarna och ta med dem i beslutsfattandet. ' +
      'Vi frågar alla som bor och arbetar i Helsingfors hurdana sätt att delta och påverka ' +
      'det borde finnas i staden i framtiden.',
    'Svaren ger staden en helhetsbild av vad helsingforsarna tycker om delaktighet. Utifrån den ' +
      'planerar staden vårens workshoppar, dit invånare, stadens personal, organisationer, företag ' +
      'och beslutsfattare bjuds in.',
    'Så här fungerar det: ta ställning till varje påstående – håller med, håller inte med eller ' +
      'hoppa över. Du kan också lägga till egna påståenden fram till tidsfristen. Moderatorerna ' +
      'granskar varje nytt påstående innan det publiceras och publicerar nya påståenden inom ' +
      '24 timmar på vardagar.',
  ].join('\n\n'),
  rules: [
    'Påståendet nämner inte och identifierar inte någon enskild person.',
    'Påståendet förolämpar eller nedvärderar inte andra.',
    'Påståendet håller sig till ämnet, är inte uppenbart felaktigt och upprepar inte ett påstående som redan finns i diskussionen.',
  ],
  contact: `Frågor om diskussionen? Kontakta stadens team för delaktighet: ${CONTACT_EMAIL}`,
};

const en: DemoTexts = {
  title: 'The future of participation in Helsinki',
  question: 'How should residents be able to take part in city decisions in the future?',
  description: [
    'Helsinki is renewing the ways it listens to residents and involves them in decisions. ' +
      'We are asking everyone who lives or works in Helsinki how people should be able to take ' +
      'part in city decisions in the future.',
    'The answers give the city an overall picture of what people in Helsinki think about taking ' +
      'part. The city will use it to plan workshops this spring with residents, city staff, ' +
      'organisations, companies and decision-makers.',
    'How it works: for each statement, choose agree, disagree or pass. You can also add your own ' +
      'statements until the deadline. Moderators check every new statement before it is published ' +
      'and publish new statements within 24 hours on weekdays.',
  ].join('\n\n'),
  rules: [
    'A statement does not name or identify any individual person.',
    'A statement does not insult or disrespect others.',
    'A statement stays on topic, is not obviously false and does not repeat a statement already in the conversation.',
  ],
  contact: `Questions about the conversation? Contact the city’s participation team: ${CONTACT_EMAIL}`,
};

const segmentQuestion: DemoSegmentQuestion = {
  question: { fi: 'Osallistun:', sv: 'Jag deltar som:', en: 'I take part as:' },
  options: [
    { id: 'resident', label: { fi: 'asukkaana', sv: 'invånare', en: 'a resident' } },
    { id: 'city_staff', label: { fi: 'kaupungin työntekijänä', sv: 'anställd vid staden', en: 'city staff' } },
    {
      id: 'organisation',
      label: { fi: 'järjestön edustajana', sv: 'representant för en organisation', en: 'an organisation' },
    },
    { id: 'company', label: { fi: 'yrityksen edustajana', sv: 'representant för ett företag', en: 'a company' } },
    { id: 'decision_maker', label: { fi: 'päättäjänä', sv: 'beslutsfattare', en: 'a decision-maker' } },
  ],
};

const seed = (fiText: string, svText: string, enText: string): DemoStatement => ({
  seed: true,
  texts: { fi: fiText, sv: svText, en: enText },
});

const statements: DemoStatement[] = [
  seed(
    'Asukkaiden pitäisi saada päättää suoraan suuremmasta osasta kaupungin budjettia kuin nykyään.',
    'Invånarna borde få bestämma direkt över en större del av stadens budget än i dag.',
    'Residents should get to decide directly on a larger share of the city budget than they do today.',
  ),
  seed(
    'Osallistuvan budjetoinnin rahat hyödyttävät lähinnä niitä, jotka osaavat jo valmiiksi vaikuttaa.',
    'Pengarna i den deltagande budgeteringen gynnar främst dem som redan vet hur man påverkar.',
    'Participatory budgeting money mostly benefits those who already know how to make their voice heard.',
  ),
  seed(
    'Tärkeissä asioissa pitäisi kuulla arvalla valittua asukaspaneelia ennen päätöksentekoa.',
    'I viktiga frågor borde en invånarpanel som lottats fram höras innan beslutet fattas.',
    'On important issues, a residents’ panel chosen by lot should be heard before the decision is made.',
  ),
  seed(
    'Jos kaupunki ei noudata asukaspaneelin suositusta, sen pitää perustella päätöksensä julkisesti.',
    'Om staden inte följer invånarpanelens rekommendation ska den motivera sitt beslut offentligt.',
    'If the city does not follow a residents’ panel’s recommendation, it should explain its decision publicly.',
  ),
  seed(
    'Asukaspaneeleihin osallistuville pitäisi maksaa palkkio, jotta mukaan saadaan myös pienituloisia.',
    'De som deltar i invånarpaneler borde få ett arvode, så att också personer med låga inkomster kan delta.',
    'People who sit on residents’ panels should be paid a fee so that people on low incomes can take part too.',
  ),
  seed(
    'Useimmissa asioissa verkossa osallistuminen riittää, eikä erillisiä asukastilaisuuksia juuri tarvita.',
    'I de flesta frågor räcker det att delta på nätet, och separata invånarmöten behövs knappast.',
    'For most issues, taking part online is enough and separate public meetings are hardly needed.',
  ),
  seed(
    'Kasvokkain tapaaminen on yhä paras tapa rakentaa luottamusta kaupungin ja asukkaiden välille.',
    'Att träffas ansikte mot ansikte är fortfarande det bästa sättet att bygga förtroende mellan staden och invånarna.',
    'Meeting face to face is still the best way to build trust between the city and its residents.',
  ),
  seed(
    'Lapsia ja nuoria pitäisi kuulla kouluissa ja nuorisotaloilla eikä odottaa, että he tulevat kaupungin tilaisuuksiin.',
    'Barn och unga borde höras i skolor och på ungdomsgårdar i stället för att staden väntar på att de kommer till dess evenemang.',
    'Children and young people should be heard at schools and youth centres rather than waiting for them to come to city events.',
  ),
  seed(
    'Nuorisoneuvostolle pitäisi antaa puheoikeus kaupunginvaltuuston kokouksissa.',
    'Ungdomsfullmäktige borde få yttranderätt vid stadsfullmäktiges sammanträden.',
    'The youth council should have the right to speak at City Council meetings.',
  ),
  seed(
    'Ikääntyneille pitää aina tarjota mahdollisuus osallistua myös paperilla tai puhelimitse.',
    'Äldre ska alltid kunna delta också på papper eller per telefon.',
    'Older people should always be able to take part on paper or by phone as well.',
  ),
  seed(
    'Jokaisessa kaupunginosassa pitäisi järjestää vähintään kerran vuodessa asukasilta, jossa kaupungin edustajat vastaavat kysymyksiin.',
    'I varje stadsdel borde det minst en gång om året ordnas en invånarkväll där stadens representanter svarar på frågor.',
    'Every district should hold a residents’ evening at least once a year where city representatives answer questions.',
  ),
  seed(
    'Kaupunginosilla pitäisi olla omaa päätösvaltaa ja oma budjetti lähiympäristönsä asioissa.',
    'Stadsdelarna borde ha egen beslutanderätt och en egen budget i frågor som gäller deras närmiljö.',
    'Districts should have their own decision-making power and their own budget for matters in their area.',
  ),
  seed(
    'Kaupungin kyselyihin vastaamisen pitäisi vaatia vahva tunnistautuminen, jotta samaa ihmistä ei lasketa moneen kertaan.',
    'Det borde krävas stark identifiering för att svara på stadens enkäter, så att samma person inte räknas flera gånger.',
    'Answering city surveys should require strong identification so that the same person is not counted more than once.',
  ),
  seed(
    'Mahdollisuus osallistua nimettömästi on tärkeämpää kuin se, että jokainen vastaaja tunnistetaan.',
    'Möjligheten att delta anonymt är viktigare än att varje deltagare identifieras.',
    'Being able to take part anonymously matters more than identifying every participant.',
  ),
  seed(
    'Kaupungin pitää aina kertoa, miten asukkailta saatu palaute vaikutti lopulliseen päätökseen.',
    'Staden ska alltid berätta hur invånarnas respons påverkade det slutliga beslutet.',
    'The city should always report back on how residents’ feedback affected the final decision.',
  ),
  seed(
    'Asukkaat pitäisi ottaa mukaan jo suunnittelun alussa eikä vasta, kun valmis luonnos on olemassa.',
    'Invånarna borde tas med redan när planeringen inleds och inte först när det finns ett färdigt utkast.',
    'Residents should be involved from the very start of planning, not only once a finished draft exists.',
  ),
  seed(
    'Kaupungin kyselyjen pitäisi olla suomen, ruotsin ja englannin lisäksi saatavilla myös esimerkiksi venäjäksi, somaliksi ja arabiaksi.',
    'Stadens enkäter borde utöver finska, svenska och engelska också finnas till exempel på ryska, somaliska och arabiska.',
    'City surveys should be available not only in Finnish, Swedish and English but also in languages such as Russian, Somali and Arabic.',
  ),
  seed(
    'Kaikki osallistumiseen liittyvä aineisto pitäisi julkaista myös selkokielellä.',
    'Allt material som gäller delaktighet borde också publiceras på lättläst språk.',
    'All material about taking part should also be published in easy-to-read language.',
  ),
  seed(
    'Osallistuminen pitäisi tuoda sinne, missä ihmiset jo ovat: kirjastoihin, kauppakeskuksiin ja terveysasemille.',
    'Delaktigheten borde föras dit människor redan finns: till bibliotek, köpcentrum och hälsostationer.',
    'Participation should be brought to where people already are: libraries, shopping centres and health stations.',
  ),
  seed(
    'Valtuutettujen pitäisi pitää säännöllisiä vastaanottoja, joille kuka tahansa voi tulla keskustelemaan.',
    'Fullmäktigeledamöterna borde ha regelbundna mottagningar dit vem som helst kan komma och diskutera.',
    'Council members should hold regular office hours where anyone can drop in for a conversation.',
  ),
  seed(
    'Verkkokartalle annettava palaute on paras tapa kertoa kaupungille oman lähiympäristön ongelmista.',
    'Respons som markeras på en webbkarta är det bästa sättet att berätta för staden om problem i den egna närmiljön.',
    'Feedback pinned on an online map is the best way to tell the city about problems in your own neighbourhood.',
  ),
  seed(
    'Helsingissä pitäisi järjestää kunnallisia kansanäänestyksiä nykyistä useammin.',
    'Helsingfors borde ordna kommunala folkomröstningar oftare än i dag.',
    'Helsinki should hold municipal referendums more often than it does now.',
  ),
  seed(
    'Valtuutetut on valittu tekemään päätökset, joten asukkaita on tarpeen kuulla erikseen vain harvoin.',
    'Fullmäktigeledamöterna är valda för att fatta besluten, så invånarna behöver höras separat bara sällan.',
    'Council members are elected to make the decisions, so residents rarely need to be consulted separately.',
  ),
  seed(
    'Kaupungin pitäisi rahoittaa järjestöjä, koska ne tavoittavat ihmisiä, joita kaupunki itse ei tavoita.',
    'Staden borde finansiera organisationer, eftersom de når människor som staden själv inte når.',
    'The city should fund organisations because they reach people the city itself cannot reach.',
  ),
  seed(
    'Paikallisten yritysten näkemysten pitäisi painaa kaupunginosien suunnittelussa yhtä paljon kuin asukkaiden.',
    'Lokala företags synpunkter borde väga lika tungt som invånarnas när stadsdelar planeras.',
    'Local businesses’ views should carry as much weight as residents’ views when districts are planned.',
  ),
  seed(
    'Kaupungilla pitäisi olla yksi verkkopalvelu, josta löytyvät kaikki käynnissä olevat osallistumismahdollisuudet.',
    'Staden borde ha en enda webbtjänst där alla pågående möjligheter att delta finns samlade.',
    'The city should have a single website that lists every open opportunity to take part.',
  ),
];

export const helsinkiDemo: DemoContent = {
  slug: 'helsinki-osallisuus-2026',
  texts: { fi, sv, en },
  segmentQuestion,
  statements,
};
