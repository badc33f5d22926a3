// Names written for this project (part of it, MIT), one list per category, separated by commas.

function splitList(text: string): string[] {
  return text
    .split(',')
    .map((name) => name.trim().replace(/\s+/g, ' '))
    .filter((name) => name.length > 0);
}

/** Regions, territories, seas and disputed areas that news names as places but that are not countries. */
export const REGION_NAMES = splitList(`
  Africa, Asia, Europe, Oceania, Antarctica, Arctic, Eurasia, Middle East, Near East, Far East, Levant,
  Maghreb, Sahel, Sahara, Horn of Africa, Sub-Saharan Africa, North Africa, West Africa, East Africa,
  Central Africa, Southern Africa, Great Lakes, Latin America, South America, North America,
  Central America, Caribbean, Balkans, Baltics, Caucasus, North Caucasus, South Caucasus, Scandinavia,
  Western Europe, Eastern Europe, Central Europe, Southern Europe, Northern Europe, Central Asia,
  South Asia, East Asia, Southeast Asia, Asia-Pacific, Indochina, Gulf, Persian Gulf, Arabian Peninsula,
  Korean Peninsula, Sinai, Sinai Peninsula, Gaza, Gaza Strip, West Bank, East Jerusalem, Golan,
  Golan Heights, Kashmir, Jammu and Kashmir, Darfur, Kordofan, Crimea, Donbas, Donbass, Donetsk Basin,
  Transnistria, Abkhazia, South Ossetia, Nagorno-Karabakh, Kurdistan, Iraqi Kurdistan, Chechnya, Dagestan,
  Siberia, Tibet, Xinjiang, Punjab, Balochistan, Baluchistan, Waziristan, Helmand, Idlib, Anbar, Ogaden,
  Tigray, Cabinda, Western Sahara, Patagonia, Amazonia, Andes, Himalayas, Alps, Mediterranean, Black Sea,
  Red Sea, Caspian Sea, Baltic Sea, North Sea, Aegean, Aegean Sea, Adriatic, South China Sea,
  East China Sea, Sea of Japan, Taiwan Strait, Strait of Hormuz, Bab el-Mandeb, Gulf of Aden,
  Gulf of Mexico, Suez Canal, Panama Canal, Pacific, Pacific Ocean, Atlantic, Atlantic Ocean, Indian Ocean,
  Mekong, Nile, Euphrates, Tigris, Jordan Valley, Bekaa Valley, Fergana Valley, Mindanao, Aceh, Papua,
  Northern Ireland, Scotland, Wales, England, Catalonia, Basque Country, Flanders, Wallonia, Bavaria,
  Quebec, Silicon Valley, Midwest, Deep South, New England, Pacific Northwest, West
`);

/** Religious, ethnic and political group words (NORP), beyond the national demonyms of world-countries. */
export const GROUP_WORDS = splitList(`
  Shiite, Shiites, Shi'ite, Shi'ites, Shia, Shias, Shi'a, Sunni, Sunnis, Muslim, Muslims, Moslem, Moslems,
  Islamic, Islamist, Islamists, Jihadist, Jihadists, Salafi, Salafis, Salafist, Salafists, Wahhabi, Sufi,
  Sufis, Alawite, Alawites, Druze, Ismaili, Ahmadi, Ahmadis, Christian, Christians, Catholic, Catholics,
  Roman Catholic, Roman Catholics, Protestant, Protestants, Orthodox, Evangelical, Evangelicals, Anglican,
  Anglicans, Lutheran, Methodist, Baptist, Baptists, Mormon, Mormons, Coptic, Copt, Copts, Maronite,
  Maronites, Chaldean, Chaldeans, Assyrian, Assyrians, Armenian Orthodox, Jewish, Jew, Jews, Judaic,
  Haredi, Hasidic, Zionist, Zionists, Hindu, Hindus, Buddhist, Buddhists, Sikh, Sikhs, Jain, Bahai, Baha'i,
  Yazidi, Yazidis, Zoroastrian, Kurdish, Kurd, Kurds, Arab, Arabs, Persian, Persians, Berber, Berbers,
  Bedouin, Bedouins, Tuareg, Tuaregs, Pashtun, Pashtuns, Baloch, Baluch, Hazara, Hazaras, Tajik, Tajiks,
  Uzbek, Uzbeks, Turkmen, Uighur, Uighurs, Uyghur, Uyghurs, Tibetan, Tibetans, Tamil, Tamils, Sinhalese,
  Rohingya, Bengali, Punjabi, Kashmiri, Kashmiris, Hutu, Hutus, Tutsi, Tutsis, Zulu, Zulus, Xhosa, Amhara,
  Oromo, Tigrayan, Tigrayans, Somali, Somalis, Fulani, Hausa, Yoruba, Igbo, Dinka, Nuer, Chechen, Chechens,
  Tatar, Tatars, Ossetian, Ossetians, Abkhaz, Circassian, Cossack, Cossacks, Slav, Slavs, Slavic, Roma,
  Romani, Basque, Basques, Catalan, Catalans, Flemish, Walloon, Corsican, Breton, Scottish, Scots, Welsh,
  English, Irish, Maori, Aboriginal, Inuit, Latino, Latinos, Latina, Hispanic, Hispanics, Creole, European,
  Europeans, African, Africans, Asian, Asians, Latin American, Latin Americans, Middle Eastern, Western,
  Westerners, Scandinavian, Scandinavians, Balkan, Caucasian, Caribbean, Arabic, Republican, Republicans,
  Democrat, Democrats, Conservative, Conservatives, Tory, Tories, Liberal, Liberals, Social Democrat,
  Social Democrats, Christian Democrat, Christian Democrats, Socialist, Socialists, Communist, Communists,
  Marxist, Marxists, Leninist, Maoist, Maoists, Trotskyist, Baathist, Baathists, Nasserist, Peronist,
  Chavista, Gaullist, Nazi, Nazis, Neo-Nazi, Neo-Nazis, Fascist, Fascists, Bolshevik, Bolsheviks,
  Sandinista, Sandinistas, Houthi, Houthis, Mujahideen, Zapatista, Zapatistas, Soviet, Soviets, Yugoslav,
  Czechoslovak
`);

/** Short and former country names that news uses and world-countries does not list. */
export const COUNTRY_SHORT_NAMES = splitList(`
  America, Britain, U.S., U.S.A., US, USA, U.K., UK, UAE, U.A.E., DRC, PRC, DPRK, ROK, Burma, Holland,
  Persia, Zaire, Ceylon, Soviet Union, USSR, U.S.S.R., Yugoslavia, Czechoslovakia, East Germany,
  West Germany, East Timor, Swaziland, Macedonia, Vatican, Congo-Brazzaville, Congo-Kinshasa,
  Palestinian territories, Palestinian Territories
`);

/**
 * State institutions and the places that stand for them ("the Kremlin said"), which the Phoenix
 * international and non-state dictionaries, being about other actors, do not list.
 */
export const INSTITUTION_NAMES = splitList(`
  Kremlin, White House, Pentagon, State Department, Foreign Office, Home Office, Downing Street, Whitehall,
  Elysee, Élysée, Elysee Palace, Quai d'Orsay, Chancellery, Bundestag, Bundesrat, Bundeswehr, Duma,
  State Duma, Knesset, Mossad, Shin Bet, IDF, Israel Defense Forces, Politburo, Zhongnanhai, Majlis, Sejm,
  Rada, Verkhovna Rada, Storting, Riksdag, Folketing, Cortes, Dail, Lok Sabha, Rajya Sabha, Diet,
  Capitol Hill, Supreme Court, Federal Reserve, Treasury, FBI, CIA, NSA, DEA, ATF, NASA, EPA, FEMA, KGB,
  FSB, GRU, SVR, MI5, MI6, GCHQ, Scotland Yard, Interpol, Europol, Frontex, Revolutionary Guards,
  Revolutionary Guard, IRGC, Quds Force, Basij, Peshmerga, Hashd al-Shaabi, Wagner Group, Tatmadaw, Stasi,
  Gestapo, Wehrmacht, Red Army, Royal Navy, Royal Air Force, Marine Corps, National Guard, Holy See
`);

/** Words that end organisation names ("Foreign Ministry", "Hamas Movement", "Apple Inc."). */
export const ORG_WORDS = splitList(`
  Ministry, Ministries, Department, Office, Council, Party, Parliament, Congress, Senate, Assembly, Duma,
  Knesset, Cabinet, Government, Administration, Authority, Commission, Committee, Agency, Bureau, Board,
  Service, Services, Army, Navy, Force, Forces, Guard, Guards, Corps, Police, Brigade, Brigades, Battalion,
  Regiment, Division, Militia, Front, Movement, Alliance, Coalition, League, Union, Federation,
  Confederation, Association, Organization, Organisation, Society, Foundation, Fund, Institute,
  Institution, Center, Centre, University, College, Academy, School, Court, Tribunal, Bank, Exchange,
  Corporation, Corp., Corp, Company, Co., Inc., Inc, Ltd., Ltd, LLC, PLC, plc, AG, SA, GmbH, Group,
  Holdings, Industries, Enterprises, Partners, Airlines, Airways, Motors, Systems, Technologies,
  Communications, Network, Networks, News, Times, Post, Press, Journal, Herald, Tribune, Gazette,
  Television, Radio, Broadcasting, Club, Church, Forum, Program, Programme, Mission, Secretariat,
  Directorate, Inspectorate, Observatory, Watch, Initiative, Caucus, Bloc, Junta, Brotherhood, Jihad,
  Legion
`);

/** Words and phrases that stand before a person's name or for the person ("President", "spokesman"). */
export const PERSON_TITLES = splitList(`
  President, Vice President, Vice-President, President-elect, Prime Minister, Premier, Minister,
  Foreign Minister, Defense Minister, Defence Minister, Interior Minister, Finance Minister,
  Justice Minister, Deputy Prime Minister, Deputy Minister, Deputy Foreign Minister, Secretary,
  Secretary of State, Secretary-General, Secretary General, Under Secretary, Undersecretary, Chancellor,
  Vice Chancellor, Governor, Mayor, Senator, Sen., Sen, Representative, Rep., Rep, Congressman,
  Congresswoman, Speaker, Ambassador, Envoy, Special Envoy, Consul, Commissioner, Chairman, Chairwoman,
  Chair, Director, Director-General, Director General, Chief, Chief Executive, CEO, Spokesman, Spokeswoman,
  spokesman, spokeswoman, spokesperson, Judge, Justice, Chief Justice, Attorney General, Attorney-General,
  Prosecutor, Sheriff, General, Gen., Gen, Lieutenant General, Lt. Gen., Major General, Maj. Gen.,
  Brigadier, Brig. Gen., Colonel, Col., Col, Lieutenant, Lt., Lt, Major, Maj., Captain, Capt., Sergeant,
  Sgt., Admiral, Adm., Marshal, Field Marshal, Commander, Cmdr., Corporal, Private, King, Queen, Prince,
  Princess, Crown Prince, Emperor, Empress, Emir, Amir, Sultan, Sheikh, Sheik, Shaikh, Sheikha, Duke,
  Duchess, Lord, Lady, Sir, Dame, Baron, Baroness, Count, Countess, Pope, Cardinal, Archbishop, Bishop,
  Patriarch, Rabbi, Imam, Ayatollah, Grand Ayatollah, Mullah, Cleric, Reverend, Rev., Father, Fr., Sister,
  Brother, Pastor, Dalai Lama, Supreme Leader, Mr., Mr, Mrs., Mrs, Ms., Ms, Miss, Dr., Dr, Prof., Prof,
  Professor, Gov., Gov, Lt. Gov., Pres., Sec., Supt., Insp., Inspector, Detective, Officer, Constable,
  Superintendent, Commissar, Leader, Opposition leader
`);
