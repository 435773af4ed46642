/**
 * Public offices, occupations and titles. Without a name they name no one ("pormestarin
 * pitäisi…", "the mayor should…"); followed by a name they point at a person ("pormestari
 * Vartiainen", "rektor Lindqvist", "councillor Smith"). Finnish ones match in their inflected forms
 * (pormestarin, apulaispormestarina), Swedish and English ones with their endings (borgmästaren).
 */
export const OFFICES_FI = `
pormestari, apulaispormestari, kaupunginjohtaja, kansliapäällikkö, toimialajohtaja, virastopäällikkö, johtaja
valtuutettu, kaupunginvaltuutettu, varavaltuutettu, valtuuston puheenjohtaja, puheenjohtaja, varapuheenjohtaja
kaupunginhallituksen jäsen, lautakunnan jäsen, jäsen, kansanedustaja, edustaja, ministeri, pääministeri, presidentti
tasavallan presidentti, europarlamentaarikko, meppi, kunnanjohtaja, poliitikko, päättäjä, virkamies, viranhaltija
rehtori, apulaisrehtori, opettaja, lehtori, professori, tohtori, dosentti, kuraattori, koulupsykologi, päiväkodinjohtaja
lääkäri, ylilääkäri, hoitaja, sairaanhoitaja, terveydenhoitaja, sosiaalityöntekijä, ohjaaja, nuoriso-ohjaaja
kirjastonhoitaja, kirjastovirkailija, vahtimestari, isännöitsijä, talonmies, vartija, järjestyksenvalvoja
poliisi, poliisipäällikkö, komisario, konstaapeli, palomies, pelastusjohtaja, kuljettaja, bussikuske, kuski
piispa, kirkkoherra, pappi, kanttori, suurlähettiläs, konsuli, arkkitehti, kaupunkiarkkitehti, kaavoittaja
asukasyhdistyksen puheenjohtaja, toiminnanjohtaja, toimitusjohtaja, kansanedustaja, herra, rouva, neiti, avustaja
naapuri, naapurini, vuokranantaja, opettajamme
`;

export const OFFICES_SV = `
borgmästare, biträdande borgmästare, stadsdirektör, kanslichef, sektorchef, direktör, chef, ledamot
fullmäktigeledamot, stadsfullmäktigeledamot, ordförande, vice ordförande, riksdagsledamot, minister, statsminister
president, kommundirektör, politiker, beslutsfattare, tjänsteman, tjänstemän, rektor, biträdande rektor, lärare
lektor, professor, doktor, kurator, skolpsykolog, daghemsföreståndare, läkare, överläkare, sjukskötare, hälsovårdare
socialarbetare, ungdomsledare, bibliotekarie, vaktmästare, disponent, fastighetsskötare, väktare, ordningsvakt
polis, polischef, kommissarie, konstapel, brandman, chaufför, busschaufför, biskop, kyrkoherde, präst, ambassadör
arkitekt, stadsarkitekt, planerare, verkställande direktör, herr, fru, fröken, granne, grannen, hyresvärd
lärare, läraren, tjänstemannen
`;

export const OFFICES_EN = `
mayor, deputy mayor, lord mayor, city manager, chief executive, director, head, chair, chairman, chairwoman
chairperson, vice chair, councillor, councilor, council member, councilman, councilwoman, alderman
member of parliament, MP, MEP, minister, prime minister, president, senator, governor, politician, official
civil servant, officer, principal, headteacher, headmaster, headmistress, teacher, lecturer, professor, doctor, dr
nurse, social worker, youth worker, librarian, caretaker, janitor, landlord, landlady, property manager, guard
security guard, police officer, policeman, policewoman, inspector, constable, firefighter, driver, bus driver
bishop, vicar, priest, pastor, reverend, ambassador, consul, architect, city architect, planner, mr, mrs, ms, miss
sir, madam, neighbour, neighbor, my neighbour, my neighbor
`;
