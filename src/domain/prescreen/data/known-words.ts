/**
 * Capitalised names that name no person: institutions and services, parties, companies and
 * brands, media, events and works. Matched in inflected forms ("Kelan", "Kokoomuksen", "Ylen").
 */
export const INSTITUTIONS = `
# the city, its services and participation channels
Helsingin kaupunki, Helsingfors stad, City of Helsinki, Kaupunginvaltuusto, Stadsfullmäktige, City Council
Kaupunginhallitus, Stadsstyrelsen, City Board, Kaupunginkanslia, Stadskansliet, Kasvatuksen ja koulutuksen toimiala
Kaupunkiympäristö, Stadsmiljö, Kulttuurin ja vapaa-ajan toimiala, Sosiaali- ja terveystoimiala, Helsinki-info
Kerrokantasi, Kerrokantasi.hel.fi, OmaStadi, Omastadi, Voxit, Decidim, Pol.is, Polis, Helsinki-sovellus, Helsinki-kortti
Helsinki-päivä, Helsingforsdagen, Ruuti, Ruuti-toiminta, Nuorisoneuvosto, Stadin ammattiopisto, Stadin AO, Stadin ammattiopisto
Helsingin seudun liikenne, Helsingforsregionens trafik, HSL, HRT, HSY, HUS, Helen, Stara, Palvelukeskus Helsinki
Arbis, Arbetarinstitut, Työväenopisto, Stadin aikuisopisto, Helmet, Helmet-kirjastot, Keskustakirjasto, Centrumbiblioteket
Metro, Länsimetro, Västmetron, Raide-Jokeri, Jokeri, Spårjokern, Kruunusillat, Kronbroarna, Citybike, Kaupunkipyörä
Länsiväylä, Itäväylä, Kehä I, Kehä III, Ring I, Ring III, Tuusulanväylä, Hakamäentie
# the state, Europe, public bodies
Eduskunta, Riksdagen, Parliament, Valtioneuvosto, Statsrådet, Government, Kela, FPA, Verohallinto, Skatteförvaltningen
Traficom, THL, Poliisi, Polisen, Police, Pelastuslaitos, Räddningsverket, Hätäkeskus, Nödcentralen, Väylävirasto
Kuntaliitto, Kommunförbundet, Sitra, Suomen Pankki, Finlands Bank, Tilastokeskus, Statistikcentralen, Migri, Maahanmuuttovirasto
EU, Euroopan unioni, Europeiska unionen, European Union, YK, FN, UN, Nato, Unicef, Unesco, WHO, Euroopan parlamentti
Punainen Risti, Röda Korset, Red Cross, SPR, Pelastusarmeija, Frälsningsarmén, Salvation Army, Diakonissalaitos, Diakonissanstalten
Y-Säätiö, Y-Stiftelsen, Vailla vakinaista asuntoa, Mannerheimin Lastensuojeluliitto, MLL, Setlementti, Folkhälsan
Helsingin yliopisto, Helsingfors universitet, University of Helsinki, Aalto, Aalto-yliopisto, Aalto University, Hanken
Metropolia, Haaga-Helia, Arcada, Laurea, Diak, Taideyliopisto, Konstuniversitetet, Uniarts, Sibelius-Akatemia, Sibelius Academy
Helsingin kaupunginmuseo, Helsingfors stadsmuseum, Helsinki City Museum, Kansallismuseo, Nationalmuseum, National Museum
Luonnontieteellinen museo, Design Museum, Designmuseo, HAM, Taidemuseo, Kansallisgalleria, Korkeasaaren eläintarha
# parties
Kokoomus, Samlingspartiet, National Coalition, SDP, Sosiaalidemokraatit, Socialdemokraterna, Social Democrats, Demarit
Perussuomalaiset, Sannfinländarna, Finns Party, Finns, Persut, Vihreät, De Gröna, Gröna, Greens, Green League, Green Party
Keskusta, Centern, Centre Party, Vasemmistoliitto, Vänsterförbundet, Left Alliance, Vasemmisto
RKP, SFP, Svenska folkpartiet, Swedish People's Party, Kristillisdemokraatit, Kristdemokraterna, Christian Democrats, KD
Liike Nyt, Rörelse Nu, Movement Now, Piraattipuolue, Piratpartiet, Feministinen puolue, Eläinoikeuspuolue
# companies, brands, apps and media
Kesko, K-Market, K-Supermarket, K-Citymarket, S-ryhmä, S-Market, Prisma, Alepa, Sale, Lidl, Stockmann, Sokos, Tokmanni
Alko, Systembolaget, R-kioski, Posti, Posten, Finnair, VR, Fortum, Nokia, Kone, Supercell, Marimekko, Fiskars, Iittala
Elisa, Telia, DNA, Wolt, Foodora, Uber, Bolt, Tier, Voi, Lime, Ryde, Airbnb, Ikea, Tesla, Volvo, Toyota
Hesburger, McDonald's, Kotipizza, Fazer, Paulig, Valio, Hartwall, Veikkaus, Kela-kortti, Lähitapiola, OP, Nordea
Facebook, Instagram, Twitter, X, TikTok, YouTube, WhatsApp, Telegram, Signal, Discord, Reddit, LinkedIn, Snapchat
Google, Apple, Microsoft, Amazon, Netflix, Spotify, ChatGPT, OpenAI, Wikipedia, Jodel, Tinder, Suomi24, Vauva.fi
Yle, Svenska Yle, Helsingin Sanomat, Hesari, HS, Hufvudstadsbladet, Husis, HBL, Iltalehti, Ilta-Sanomat, MTV, Nelonen, Uutissuomalainen
HJK, HIFK, Jokerit, Kiffen, Honka, IFK, Helsingin Jalkapalloklubi
# events and holidays
Taiteiden yö, Konstens natt, Night of the Arts, Flow, Flow Festival, Tuska, Ruisrock, Pride, Helsinki Pride, Lux Helsinki
Helsinki Design Week, Maailma kylässä, Världen i byn, Juhlaviikot, Festspelen, Helsinki Festival, Helsinki Cup, Vappu, Juhannus
Euroviisut, Eurovision, Melodifestivalen, UMK, Olympialaiset, Olympics, Itsenäisyyspäivä, Independence Day, Joulu, Pääsiäinen
Christmas, Christmas Eve, Easter, New Year, New Year's Eve, New Year's Day, Midsummer, Midsummer Eve, Halloween, Ramadan, Eid, Hanukkah, Valentine
# works, characters and symbols
Tuntematon sotilas, Okänd soldat, Den okände soldaten, Unknown Soldier, Seitsemän veljestä, Sju bröder, Kalevala, Kanteletar
Maamme, Vårt land, Finlandia, Muumi, Muumit, Mumin, Mumintrollen, Moomin, Moomins, Havis Amanda, Manta, Tove Jansson -puisto
`;

/**
 * Words that English writes with a capital (months, weekdays, languages, nationalities, the nouns
 * of institutions' names) and the compass and position words that begin compound place names
 * (Itä-Helsinki, Östra centrum). Matched as written or with Swedish and English endings only.
 */
export const CAPITALISED_WORDS = `
I, January, February, March, April, May, June, July, August, September, October, November, December
Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday, Mondays, Tuesdays, Wednesdays, Thursdays, Fridays, Saturdays, Sundays
Finnish, Swedish, English, Russian, Estonian, Somali, Arabic, Ukrainian, Persian, Dari, Kurdish, Chinese, Spanish, French, German
Sámi, Sami, Saami, Romani, Roma, Finn, Finns, Swede, Swedes, Estonians, Russians, Somalis, Ukrainians, Europeans, Nordic
European, Scandinavian, Baltic, American, British, Danish, Norwegian, Dutch, Christian, Muslim, Muslims, Jewish, Lutheran, Orthodox
Covid, Internet, Wi-Fi, Wifi, Bluetooth, PDF, GDPR, OK, Ok
City, Council, Board, Committee, Department, Division, Office, Agency, Services, Service, Centre, Center, Hall, House
Museum, Library, Libraries, Theatre, Theater, Opera, Gallery, School, University, College, Academy, Hospital, Clinic, Church
Cathedral, Station, Airport, Harbour, Harbor, Port, Square, Park, Market, Street, Road, Avenue, Bridge, Island, Bay, Beach, Pool, Sea
Tram, Bus, Line, Metro, Ferry, Day, Night, Week, Festival, Fair, Zoo, Arena, Stadium, Party, League, Alliance, Coalition
Democrats, Government, Parliament, Ministry, State, Region, Youth, Sports, Culture, Education, Environment, Health, Social, Urban
National, Central, Public, Housing, Planning, Transport, Mobility, Climate, Plan, Strategy, Budget, Programme, Program, Project
Capital, Area, District, North, South, East, West, Northern, Southern, Eastern, Western, Old, New
Itä, Länsi, Pohjois, Etelä, Keski, Ala, Ylä, Vanha, Uusi, Pikku, Iso, Östra, Västra, Norra, Södra, Gamla, Nya, Lilla, Stora
`;
