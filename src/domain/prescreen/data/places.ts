/**
 * Place names that are capitalised mid-sentence without naming a person: Helsinki's districts and
 * neighbourhoods in Finnish and Swedish, landmarks, Finnish municipalities and regions, and places
 * abroad that residents compare Helsinki with. Matched in inflected forms and as the first part of
 * a compound ("Kallionkatu", "Helsinki-päivä").
 */
export const HELSINKI_PLACES = `
Helsinki, Helsingfors, Stadi, Stadin, Hesa
# districts and neighbourhoods, Finnish / Swedish
Kruununhaka, Kronohagen, Kluuvi, Gloet, Kaartinkaupunki, Gardesstaden, Kamppi, Kampen
Punavuori, Rödbergen, Eira, Ullanlinna, Ulrikasborg, Kaivopuisto, Brunnsparken
Katajanokka, Skatudden, Jätkäsaari, Busholmen, Ruoholahti, Gräsviken, Lapinlahti, Lappviken
Länsisatama, Västra hamnen, Hietalahti, Sandviken, Hietaniemi, Sandudden
Töölö, Tölö, Etu-Töölö, Främre Tölö, Taka-Töölö, Bortre Tölö, Töölönlahti, Tölöviken
Meilahti, Mejlans, Ruskeasuo, Brunakärr, Pikku Huopalahti, Lill-Hoplax, Huopalahti, Hoplax
Pasila, Böle, Keski-Pasila, Länsi-Pasila, Itä-Pasila, Laakso, Dal
Kallio, Berghäll, Sörnäinen, Sörnäs, Hakaniemi, Hagnäs, Kalasatama, Fiskehamnen, Suvilahti, Sumparn
Alppiharju, Åshöjden, Alppila, Vallila, Vallgård, Hermanni, Hermanstad, Kumpula, Gumtäkt
Toukola, Majstad, Vanhakaupunki, Gammelstaden, Arabianranta, Arabiastranden, Arabia
Käpylä, Kottby, Koskela, Forsby, Oulunkylä, Åggelby, Maunula, Månsas, Pakila, Baggböle
Paloheinä, Svedängen, Tuomarinkylä, Domarby, Malmi, Malm, Pukinmäki, Bocksbacka
Tapanila, Mosabacka, Puistola, Parkstad, Tapaninkylä, Staffansby, Tapaninvainio, Jakomäki, Jakobacka
Suutarila, Skomakarböle, Siltamäki, Brobacka, Tapulikaupunki, Stapelstaden, Heikinlaakso, Henriksdal
Pihlajamäki, Rönnbacka, Pihlajisto, Rönnbacka, Viikki, Vik, Latokartano, Ladugården, Viikinmäki
Herttoniemi, Hertonäs, Roihuvuori, Kasberget, Tammisalo, Tammelund, Laajasalo, Degerö
Kulosaari, Brändö, Vartiokylä, Botby, Itäkeskus, Östra centrum, Puotila, Botbygård, Puotinharju
Myllypuro, Kvarnbäcken, Kontula, Gårdsbacka, Mellunmäki, Mellungsbacka, Kivikko, Stensböle
Vuosaari, Nordsjö, Meri-Rastila, Havsrastböle, Rastila, Rastböle, Kallahti, Kallvik, Aurinkolahti, Solvik
Östersundom, Santahamina, Sandhamn, Suomenlinna, Sveaborg, Vallisaari, Vallisaari
Lauttasaari, Drumsö, Munkkiniemi, Munksnäs, Munkkivuori, Munkshöjden, Niemenmäki, Näshöjden
Pitäjänmäki, Sockenbacka, Kannelmäki, Gamlas, Malminkartano, Malmgård, Konala, Kånala
Haaga, Haga, Pohjois-Haaga, Norra Haga, Etelä-Haaga, Södra Haga, Lassila, Lassas
Kaarela, Kårböle, Hakuninmaa, Håkansåker, Maununneva, Magnuskärr, Pajamäki, Smedjebacka
Ruskeasuo, Kaisaniemi, Kajsaniemi, Keskusta, Centrum, Kaartinkaupunki, Vironniemi, Estnäs
Mustikkamaa, Blåbärslandet, Seurasaari, Fölisön, Korkeasaari, Högholmen, Pihlajasaari, Rönnskär
Lonna, Lonnan, Isosaari, Mjölö, Vasikkasaari, Kalvholmen, Harakka, Stora Räntan, Uunisaari
Esplanadi, Esplanaden, Espa, Bulevardi, Bulevarden, Mannerheimintie, Mannerheimvägen, Hämeentie, Tavastvägen
Kauppatori, Salutorget, Senaatintori, Senatstorget, Senate Square, Market Square, Rautatientori, Järnvägstorget
Narinkka, Narinken, Kasarmitori, Kaserntorget, Hakaniementori, Hagnäs torg, Vanha kauppahalli
Keskuspuisto, Centralparken, Central Park, Sinebrychoffin puisto, Sinebrychoffs park, Alppipuisto
Vanhankaupunginkoski, Vanhankaupunginlahti, Gammelstadsviken, Kivinokka, Stenudden, Uutela, Nybondas
Malmin lentokenttä, Malms flygfält, Hernesaari, Ärtholmen, Kruunuvuorenranta, Kronbergsstranden
Verkkosaari, Nätholmen, Sompasaari, Kyläsaari, Byholmen, Kuninkaantammi, Kungseken
East Helsinki, North Helsinki, South Helsinki, West Helsinki, Central Helsinki, Helsinki Region
# landmarks, venues and public buildings
Oodi, Ode, Kiasma, Ateneum, Amos Rex, Musiikkitalo, Musikhuset, Finlandia-talo, Finlandiahuset
Kansallisteatteri, Nationalteatern, Kansallisooppera, Nationaloperan, Svenska Teatern, Kaupunginteatteri, Stadsteatern
Tanssin talo, Dansens hus, Kaapelitehdas, Kabelfabriken, Savoy, Savoy-teatteri, Olympiastadion, Olympiastadion
Stadion, Bolt Arena, Veikkaus Arena, Helsinki Halli, Hartwall Arena, Jäähalli, Isstadion, Urheiluhalli
Tuomiokirkko, Domkyrkan, Uspenski, Uspenskij, Temppeliaukio, Tempelplatsen, Kallion kirkko, Berghälls kyrka
Stoa, Malmitalo, Malmhuset, Vuotalo, Nordhuset, Kanneltalo, Gamlasgården, Caisa, Maunula-talo, Månsasgården
Lasipalatsi, Glaspalatset, Sanomatalo, Kamppi Center, Forum, Citycenter, Itis, Redi, Tripla, Mall of Tripla
Linnanmäki, Borgbacken, Allas, Allas Sea Pool, Löyly, Uimastadion, Simstadion, Yrjönkatu, Kumpulan maauimala
Helsinki-Vantaa, Helsingfors-Vanda, Länsiterminaali, Västra terminalen, Katajanokan terminaali
Eduskuntatalo, Riksdagshuset, Pikkuparlamentti, Lilla parlamentet, Kaisa-talo, Kaisahuset, Think Corner
Kauppahalli, Saluhallen, Hakaniemen halli, Hagnäs saluhall, Hietalahden halli, Sandvikens saluhall
Kaisaniemen puisto, Kajsaniemiparken, Alppila, Tervasaari, Tjärholmen, Hesperian puisto, Hesperiaparken
`;

export const FINNISH_MUNICIPALITIES = `
Espoo, Esbo, Vantaa, Vanda, Kauniainen, Grankulla, Kirkkonummi, Kyrkslätt, Sipoo, Sibbo
Kerava, Kervo, Järvenpää, Träskända, Tuusula, Tusby, Nurmijärvi, Hyvinkää, Hyvinge, Mäntsälä
Porvoo, Borgå, Lohja, Lojo, Vihti, Vichtis, Siuntio, Sjundeå, Inkoo, Ingå, Raasepori, Raseborg
Hanko, Hangö, Loviisa, Lovisa, Kotka, Hamina, Fredrikshamn, Kouvola, Lahti, Lahtis
Turku, Turun, Åbo, Tampere, Tammerfors, Oulu, Uleåborg, Jyväskylä, Kuopio, Pori, Björneborg
Joensuu, Lappeenranta, Villmanstrand, Hämeenlinna, Tavastehus, Vaasa, Vasa, Seinäjoki, Rovaniemi
Mikkeli, Sankt Michel, Salo, Kokkola, Karleby, Pietarsaari, Jakobstad, Rauma, Raumo, Kajaani, Kajana
Savonlinna, Nyslott, Kemi, Tornio, Torneå, Iisalmi, Imatra, Riihimäki, Forssa, Uusikaupunki, Nystad
Naantali, Nådendal, Kaarina, S:t Karins, Parainen, Pargas, Maarianhamina, Mariehamn, Inari, Enare
Kittilä, Levi, Ylläs, Saariselkä, Utsjoki, Nuorgam, Kilpisjärvi
# regions and the country
Suomi, Finland, Uusimaa, Nyland, Varsinais-Suomi, Egentliga Finland, Pirkanmaa, Birkaland
Häme, Tavastland, Savo, Savolax, Karjala, Karelen, Karelia, Pohjanmaa, Österbotten, Ostrobothnia
Lappi, Lappland, Lapland, Kainuu, Kajanaland, Ahvenanmaa, Åland, Kymenlaakso, Kymmenedalen
Pohjois-Suomi, Etelä-Suomi, Itä-Suomi, Länsi-Suomi, Keski-Suomi, Pääkaupunkiseutu, Huvudstadsregionen
`;

export const WORLD_PLACES = `
Ruotsi, Sverige, Sweden, Norja, Norge, Norway, Tanska, Danmark, Denmark, Islanti, Island, Iceland
Viro, Eesti, Estland, Estonia, Latvia, Lettland, Liettua, Litauen, Lithuania, Venäjä, Ryssland, Russia
Ukraina, Ukraine, Saksa, Tyskland, Germany, Ranska, Frankrike, France, Espanja, Spanien, Spain
Italia, Italien, Italy, Hollanti, Alankomaat, Nederländerna, Netherlands, Holland, Belgia, Belgien, Belgium
Itävalta, Österrike, Austria, Sveitsi, Schweiz, Switzerland, Puola, Polen, Poland, Kreikka, Grekland, Greece
Britannia, Storbritannien, Britain, England, Englanti, Skotlanti, Skottland, Scotland, Irlanti, Irland, Ireland
Yhdysvallat, USA, Amerikka, Amerika, America, Kanada, Canada, Kiina, Kina, China, Japani, Japan
Intia, Indien, India, Somalia, Irak, Iraq, Iran, Syyria, Syrien, Syria, Afganistan, Afghanistan, Turkki, Turkiet, Turkey
Eurooppa, Europa, Europe, Pohjoismaat, Norden, Nordics, Skandinavia, Skandinavien, Scandinavia, Baltia, Baltikum
Tallinna, Tallinn, Tukholma, Stockholm, Oslo, Kööpenhamina, Köpenhamn, Copenhagen, Reykjavik
Pietari, Sankt Petersburg, Petersburg, Moskova, Moskva, Moscow, Riika, Riga, Vilna, Vilnius
Berliini, Berlin, Pariisi, Paris, Lontoo, London, Amsterdam, Rotterdam, Barcelona, Madrid, Wien, Vienna
Rooma, Rom, Rome, Milano, Milan, Zürich, Zurich, München, Munich, Hampuri, Hamburg, Bryssel, Brussels
Lissabon, Lisbon, Praha, Prag, Prague, Varsova, Warszawa, Warsaw, Budapest, Ateena, Athens, Dublin
Göteborg, Gothenburg, Malmö, Uppsala, Bergen, Trondheim, Aarhus, Odense, Tartto, Tartu
Kiova, Kiev, Kyiv, Harkova, Kharkiv, New York, Tokio, Tokyo, Singapore, Melbourne, Vancouver, Portland, Montreal, Toronto, Bogotá, Medellín
`;
