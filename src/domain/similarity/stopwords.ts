import type { Lang } from './lang.js';

/**
 * Function words and the modal frames of a statement ("pitäisi", "borde", "should", "need") that
 * carry no topic. Negations and quantity words are here too: they stay out of the TF-IDF features
 * because polarity scoring reads them from the tokens instead.
 */
const FI = `
olla olen olet on olemme olette ovat ole oli olisi olisin olisit olisimme olisitte olisivat olit olin
olimme olitte olivat ollut olleet ollaan oltava olisivat
minä sinä hän me te he tämä tuo se nämä nuo ne minun sinun hänen meidän teidän heidän tämän tuon sen
näiden noiden niiden minua sinua häntä meitä teitä heitä tätä tuota sitä näitä noita niitä minulle
meille heille sille niille siinä siitä siihen niissä niistä niihin tässä tästä tähän täällä siellä
joka jotka jonka joiden jota joita jossa joissa josta joista johon joihin jolle joille mikä mitkä
mitä minkä missä mistä mihin kuka ketkä kenen kuin kun jos koska että mutta vaan sekä eli tai ja myös
vain jo vielä nyt niin siis sitten kuten ennen jälkeen kanssa mukaan aina myöskin sekä sillä vaikka
jotta joten ei en et emme ette eivät eikä älä älkää ilman liian liikaa enää
pitää pitäisi pidä pitäisikö täytyy tulee tulisi tule voi voisi voida voidaan voitaisiin saa saisi
saada saadaan saatava pitäisivät tarvitaan tarvitsee tarvitsevat tarvittaisiin tarvita
enemmän vähemmän lisää paljon kaikki kaikkien kaikille kaikkia jokainen joka jokaiseen oma omat
esimerkiksi eri muun muut muiden nykyään tällä hetkellä kyllä vähän hyvin
mennessä asti saakka lähtien aikana kautta vuoksi takia avulla varten myöten kesken
luona läpi ohi yli alla päällä kohti mukana kokonaan täysin ennallaan entisellään
`;

const SV = `
och det att en ett jag hon som han på den med var sig för så till är men om hade de av icke mig du
henne då sin nu har inte hans honom skulle hennes där min man ej vid kunde något från ut när efter upp
vi dem vara vad över än dig kan sina här ha mot alla under någon eller allt mycket sedan ju denna
själv detta åt utan varit hur ingen inget inga mitt ni bli blev oss din dessa några deras blir mina
samma vilken er sådan vår blivit dess inom mellan sådant varför varje vilka ditt vem vilket sådana
vart dina vars vårt våra ert era också även bara redan aldrig alls
ska skall borde bör måste få får kunna behövs behöver behöva finnas finns borde kunde
mer mera fler flera mindre färre för alltför helt oförändrad oförändrat oförändrade
`;

const EN = `
a an the and or but if of at by for with about to from in on into onto is are was were be been being
have has had having do does did will would should shall can could may might must it its this that
these those there their they them we our us you your he she his her who whom which what when where
why how all any each every some such as so than too very also just only not no nor never own same
other others into over again then once here both up out off get gets got need needs needed able
more less fewer much many most lot lots please also even still already i me my entirely completely
unchanged
`;

function set(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter(Boolean));
}

const STOPWORDS: Record<Lang, ReadonlySet<string>> = { fi: set(FI), sv: set(SV), en: set(EN) };

export function isStopword(word: string, lang: Lang): boolean {
  return STOPWORDS[lang].has(word);
}
