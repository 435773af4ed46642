/**
 * Common first names and surnames in Finland (Finnish and Swedish speakers) and in English. A name
 * from these lists is a person's name wherever it stands, also at the start of a sentence, where
 * a capital says nothing.
 */
export const FIRST_NAMES = `
# Finnish
Aada, Aapo, Aarne, Aaro, Aatu, Aila, Aili, Aimo, Aino, Aki, Aleksi, Ari, Arja, Arto, Asko, Atte, Eemeli, Eero, Eeva, Eija, Eila
Eino, Eki, Elina, Elisa, Elli, Ella, Emilia, Emma, Erkki, Esa, Esko, Eveliina, Hanna, Hannele, Hannu, Harri, Heidi, Heikki, Heli
Helena, Helmi, Henna, Henri, Hilkka, Iida, Iiris, Ilkka, Ilmari, Ilona, Inkeri, Irja, Irma, Jaakko, Jani, Janne, Jari, Jarmo
Jarno, Jenna, Jenni, Jere, Jesse, Joni, Jonna, Jorma, Jouko, Jouni, Juha, Juhana, Juho, Jukka, Jussi, Juuso, Jyrki, Kaarina
Kai, Kaija, Kaisa, Kalle, Kari, Karoliina, Katja, Katri, Kimmo, Kirsi, Kristiina, Kyösti, Laura, Lauri, Leena, Leevi, Liisa
Lotta, Maarit, Maija, Maire, Marika, Marja, Marjatta, Marjut, Marketta, Markku, Marko, Markus, Marjo, Matias, Matti, Merja
Mervi, Miika, Mika, Mikael, Mikko, Milla, Minna, Mirja, Mirva, Niina, Niko, Noora, Olli, Outi, Paavo, Päivi, Pasi, Pauli
Paula, Pekka, Pentti, Petri, Petteri, Pia, Piia, Pirjo, Pirkko, Raija, Raimo, Reijo, Riikka, Riitta, Risto, Ritva, Saana
Sakari, Sami, Sampo, Sanna, Santeri, Sari, Satu, Seppo, Siiri, Simo, Sini, Sirpa, Sirkka, Soile, Sonja, Suvi, Taina, Taisto
Tanja, Tapani, Tapio, Tarja, Teemu, Tero, Terhi, Tiina, Timo, Tomi, Tommi, Toni, Topi, Tuija, Tuomas, Tuomo, Tapio, Tuula
Ulla, Urho, Usko, Valtteri, Veera, Veikko, Veli, Ville, Vilma, Väinö, Yrjö, Jukka-Pekka, Anna-Liisa, Anna-Maija, Marja-Liisa
# Swedish-speaking Finland and Sweden
Anders, Annika, Axel, Bengt, Birgitta, Björn, Camilla, Carl, Christer, Christina, Dan, Ebba, Elias, Elin, Erik, Eva, Filip
Fredrik, Gunilla, Gustav, Göran, Hans, Helena, Henrik, Ida, Ingrid, Jan, Joakim, Johan, Johanna, Jonas, Kaj, Karin, Kerstin
Kristian, Lars, Leif, Linnea, Lisa, Magnus, Malin, Maria, Mats, Mattias, Mikaela, Nils, Ola, Olof, Oskar, Patrik, Per
Peter, Pontus, Ragnar, Rasmus, Rolf, Sebastian, Sofia, Stefan, Stig, Sven, Thomas, Tobias, Ulf, Ulrika, Viktor, Wilhelm
# English and international
Adam, Alex, Alexander, Alice, Amanda, Amy, Andrew, Anna, Anne, Ben, Charlotte, Chris, Daniel, David, Emily, Ethan, George
Hannah, Harry, Jack, Jacob, James, Jane, Jennifer, Jessica, John, Jonathan, Joseph, Kate, Laura, Liam, Lucy, Mary, Matthew
Michael, Mohammed, Muhammad, Ahmed, Ali, Fatima, Olivia, Oliver, Paul, Rachel, Richard, Robert, Ryan, Sam, Sarah, Sophie
Steve, Steven, Thomas, Tom, William, Nasima, Li, Yasmin, Omar, Hassan, Abdi, Aisha, Olga, Irina, Natalia, Dmitri, Sergei
`;

/**
 * First names that are also ordinary words (toivo "hope", tuuli "wind", aino ≈ ainoa "only",
 * will, may, per, sten…): only a name when the next word is a capitalised name too.
 */
export const AMBIGUOUS_FIRST_NAMES = `
Aino, Armas, Aulis, Ilma, Kai, Lumi, Onni, Rauha, Sade, Satu, Sulo, Taisto, Toivo, Tuuli, Usko, Valo, Veli, Voitto, Vappu
Anna, Sini, Eki, Aki, Ari, Esa, Pia, Helmi, Sampo, Tapio, Taina, Ilona, Suvi, Kirsi, Urho, Kari, Tuomi, Säde
Dan, Per, Stig, Sten, Bo, Ola, Sol, Jan, Kaj, Hans, Lisa, Björn, Axel, Ulf, Tor, Vera, Iris
Will, May, Mark, Grace, Hope, Rose, June, Frank, Jack, Bill, Art, Sam, Tom, Ben, Joy, Faith, Dawn, Sky, Summer
`;

export const SURNAMES = `
# Finnish
Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen, Järvinen, Lehtonen, Lehtinen
Saarinen, Salminen, Heinonen, Heikkilä, Kinnunen, Salonen, Turunen, Laitinen, Tuominen, Rantanen, Karjalainen, Jokinen
Mattila, Savolainen, Lahtinen, Ahonen, Ojala, Leppänen, Väisänen, Hiltunen, Miettinen, Leinonen, Pitkänen
Aaltonen, Manninen, Hyvönen, Anttila, Laaksonen, Lindholm, Nurmi, Hirvonen, Niemi, Eskola, Räsänen, Heiskanen
Kettunen, Koivisto, Huttunen, Peltonen, Seppälä, Lappalainen, Kokkonen, Kärkkäinen, Mustonen, Rautio, Toivonen
Kauppinen, Pulkkinen, Ketola, Moilanen, Jääskeläinen, Halonen, Nyman, Honkanen, Ikonen, Kiiskinen, Tanskanen, Lehto
Sinnemäki, Arhinmäki, Pakarinen, Haavisto, Niinistö, Marin, Orpo, Purra, Halla-aho, Andersson, Kivinen, Rinne, Stubb, Soininvaara
# Swedish-speaking Finland and Sweden
Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson, Gustafsson, Pettersson, Jonsson, Lindberg
Lindqvist, Lindström, Lindgren, Lundqvist, Lundberg, Nyström, Holmström, Sjöberg, Wikström, Forsman, Björklund, Öhman
Blomqvist, Blomberg, Backman, Sundström, Grönroos, Grönholm, Ekholm, Strandberg, Nordström, Berglund, Holmberg, Mattsson
Nyholm, Wallin, Wikström, Åberg, Sandberg, Stenroos, Thors, Lindroos, Söderholm, Westerlund, Fagerström, Heinström
# English
Smith, Johnson, Williams, Jones, Miller, Davis, Wilson, Taylor, Anderson, Thomas, Jackson, Harris, Martin, Thompson
Robinson, Walker, Wright, Clarke, Clark, Lewis, Hughes, Evans, Roberts, Edwards, Turner, Phillips, Campbell, Parker
Murphy, Kelly, Cooper, Ward, Morris, Watson, Bennett, Collins, Stewart, Morgan, Bell, Murray, Walsh
`;

/** Endings of surnames that no common word has (Lindström, Andersson, Sazonov). */
export const SURNAME_ENDINGS = /\p{L}{3,}(?:sson|qvist|kvist|ström|berg|holm|lund|roos)$|\p{L}{3,}(?:[oe]v|[oe]va|ovich|vić|vic)$/u;
