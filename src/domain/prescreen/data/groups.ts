/**
 * Words for groups of people, and words that dehumanise when said of a group ("maahanmuuttajat
 * ovat rottia", "immigrants are animals"). On their own these are ordinary words (a park has rats),
 * so they count only together, in one sentence.
 */

/** Groups by origin, religion, sexuality, disability or circumstance: calls to expel them are hostile. */
export const IDENTITY_GROUPS = `
maahanmuuttaja, maahanmuuttajat, ulkomaalainen, ulkomaalaiset, pakolainen, pakolaiset, turvapaikanhakija, turvapaikanhakijat
muslimi, muslimit, juutalainen, juutalaiset, romani, romanit, somali, somalit, venäläinen, venäläiset, virolainen, virolaiset
ukrainalainen, ukrainalaiset, afrikkalainen, afrikkalaiset, arabi, arabit, homo, homot, lesbo, lesbot, transihminen, transihmiset
vammainen, vammaiset, asunnoton, asunnottomat, koditon, kodittomat, kerjäläinen, kerjäläiset, narkomaani, narkomaanit
invandrare, invandrarna, utlänning, utlänningar, flykting, flyktingar, flyktingarna, asylsökande, muslim, muslimer, muslimerna
jude, judar, judarna, rom, romer, romerna, somalier, ryss, ryssar, homosexuella, hbtq-personer, funktionshindrade, hemlösa
tiggare, tiggarna, missbrukare
immigrant, immigrants, migrant, migrants, foreigner, foreigners, refugee, refugees, asylum seeker, asylum seekers, muslims
jews, roma, romani, gays, lesbians, trans people, transgender people, disabled people, homeless, homeless people, beggars
addicts, drug users, somalis, russians, arabs, africans
`;

/** Groups by role or habit: criticism is fair, dehumanising them is not. */
export const ROLE_GROUPS = `
poliitikko, poliitikot, päättäjä, päättäjät, virkamies, virkamiehet, valtuutettu, valtuutetut, kaupunginvaltuutetut
pyöräilijä, pyöräilijät, autoilija, autoilijat, turisti, turistit, nuori, nuoret, nuoriso, vanhus, vanhukset, eläkeläinen
eläkeläiset, opiskelija, opiskelijat, työtön, työttömät, persut, demarit, vihreät, kokoomuslaiset, hipsterit
politiker, politikerna, beslutsfattare, tjänstemän, tjänstemännen, byråkrater, cyklister, cyklisterna, bilister
bilisterna, turister, ungdomar, ungdomarna, pensionärer, studerande, arbetslösa
politicians, decision-makers, officials, bureaucrats, councillors, cyclists, drivers, tourists, youths, teenagers
pensioners, students, unemployed
`;

/** Said of a group, these dehumanise or defame it. */
export const DEHUMANISING = `
rotta, rotat, rottia, eläin, eläimet, eläimiä, apina, apinat, apinoita, torakka, torakat, torakoita, sika, siat, sikoja
lammas, lampaat, lampaita, syöpä, rutto, rikollinen, rikolliset, rikollisia, raiskaaja, raiskaajat, raiskaajia
råtta, råttor, djur, apor, apa, kackerlackor, svin, grisar, pest, brottslingar, kriminella, våldtäktsmän
rats, animals, apes, monkeys, cockroaches, pigs, sheep, plague, cancer, criminals, rapists, savages
`;

/** Copulas that make "group … word" a claim about the group. */
export const COPULAS = `
on, ovat, olivat, oli, ovatkin, är, var, blir, are, is, were, be
`;

/** Words that call for a group to be removed. */
export const EXPULSION = `
pois, häätää, häädettävä, karkottaa, karkotettava, karkotus, ulos, kotiin
bort, ut ur, utvisa, utvisas, utvisning, deportera, deporteras, kastas ut, köras bort
deport, deported, deportation, expel, expelled, go home, get rid, kicked out, kick out, thrown out, out of Finland
`;
