import type { Lang } from '../../languages.js';

/**
 * Offensive words in Finnish, Swedish and English, written for the pre-screen: inflections, group
 * slurs and insults that the maintained list (package-offensive-words.ts) lacks, which is consulted
 * after these. Notation, one entry per comma or line:
 *   word     the word in its inflected forms (idiootti, idiootteja, idiooteille)
 *   stem*    any word starting with the stem: derivations and compounds (vittu*, idiot*)
 *   *part*   any word containing it: compounds that end in it (poliitikkoidiootit)
 *   =a|b|c   only these exact forms, for short words with innocent look-alikes
 *   +entry   applies in statements of every language, not only its own (fuck*, perkele*)
 * Stems, parts and Finnish forms are compared on gradation skeletons (idiootti → idioti).
 */
export interface OffensiveLists {
  /** Words that insult a person or people. */
  readonly insult: string;
  /** Swearing and crude words. */
  readonly profanity: string;
  /** Slurs for groups and dehumanising words for people. */
  readonly group_slur: string;
}

export const OFFENSIVE_WORDS: Record<Lang, OffensiveLists> = {
  fi: {
    insult: `
      +idioot*, ääliö*, tollo*, typery*, urpo*, mulkku*, kusipää*, paskiai*, paskapää*, persereikä*, perseenreikä*
      =pelle|pellet|pellejä|pellejen|pelleille|pelleiksi|pellen|pellenä, aivoto*, aivokuollu*, älykääpiö*, nilkki*
      luuseri*, tunari*, hyypiö*, retku*, juoppo*, nisti*, narkkari*, pummi*, sossupummi*, huora*, lutka*, ämmä*
      =ääliö|ääliöt, hölmöläi*, imbesilli*, kretiini*, tampio*, torvelo*, nynny*, runkkari*
    `,
    profanity: `
      +vittu*, +vitu*, +perkele*, +saatana*, helvet*, jumalaut*, paska*, perse*, kyrpä*, pillu*
      =kusi|kusta|kusen|kusella|kuset|kuseen
    `,
    group_slur: `
      +neekeri*, mutakuono*, ryssä*, hintti*, homppeli*, mustalai*, vinosilmä*, kehari*, mongoloidi*, transu*
      =mamu|mamut|mamuja|mamujen|mamuille|mamuista|mamuihin|mamuilla, =matu|matut|matuja|matujen|matuille
      syöpäläi*, ali-ihmi*, aliihmi*, roskasakki*, roskaväki*, hylkiö*
      =loinen|loiset|loisia|loisten|loisiksi|loisina|loisille|loisilta|loisista, =saasta|saastaa|saastat|saastoja
    `,
  },
  sv: {
    insult: `
      +idiot*, pajas*, fjant*, klåpare*, pucko*, dumskall*, dumhuvud*, träskall*, hjärndöd*, =as|aset
      =pack|packet, =mongo|mongon|mongot, =kräk|kräket, lodis*, tönt*, =hora|horan|horor|hororna, subba*, =fitta|fittan|fittor|fittorna
      hjärnlös*, =kuk|kuken|kukar|kukhuvud|kukhuvuden
    `,
    profanity: `
      +*jävl*, =fan|fanskap, helvete*, =satan|satans|satanskapet, skit*, =kuk
    `,
    group_slur: `
      neger*, +negrer*, blatte*, svartskall*, zigenar*, =bög|bögar|bögarna|bögen|bögjävel, mongoloid*, =cp-skadad|cpskadad
      parasit*, ohyra*, avskum*, =untermensch
    `,
  },
  en: {
    insult: `
      moron*, imbecile*, cretin*, dumbass*, dumb-ass*, jackass*, asshole*, arsehole*, =jerk|jerks, =clown|clowns
      =crook|crooks, scumbag*, =loser|losers, dickhead*, =prick|pricks, twat*, wanker*, bastard*, bitch*, +cunt*
      slut*, whore*, brain-dead*, braindead*, halfwit*, nitwit*, numpty*, =muppet|muppets, lowlife*, junkie*, junky
      crackhead*
    `,
    profanity: `
      +*fuck*, +*shit*, bullshit*, +motherf*, =wtf|stfu|goddamn|goddamned
    `,
    group_slur: `
      +nigger*, +nigga*, +faggot*, =fag|fags, =dyke|dykes, tranny*, trannies, =spastic|spaz, =gypsy|gypsies|gipsy|gipsies
      =paki|pakis, =kike|kikes, wetback*, raghead*, towelhead*, retard*, +scum*, =vermin, parasite*, subhuman*
    `,
  },
};
