"""Extraction measured on the labelled sets in tests/extract/labelled (original texts; see
GUIDELINES.md there). Each set was written by someone who had not seen the extractors' output; once
a set has been scored and its misses have led to rule changes it is development data, and the next
set written is the fresh measure of whether the rules generalise:

* cases.jsonl (7 languages), heldout.jsonl (5): development data from the first sessions;
* heldout_b.jsonl (26 texts, 7 languages): first scored untouched at quotes 1.000/0.903, speakers
  0.902/0.817, figures 0.981/0.981, entities 0.832/0.562; its misses led to dateline, Chinese and
  Japanese, and organisation-name rules;
* heldout_c.jsonl (28 texts, 7 languages): first scored untouched (after those rules) at quotes
  0.931/0.956, speakers 0.638/0.655, figures 0.954/0.959, entities 0.734/0.507; its misses led to
  German role, honorific, region and town rules;
* heldout_d.jsonl (28 texts, 7 languages): first scored untouched (after those rules) at quotes
  0.991/0.942, speakers 0.774/0.736, figures 0.959/0.959, entities 0.754/0.525; its misses led to
  German trade nouns and bodies, present-tense speech verbs, place words, dotted Chinese names.
* heldout_e.jsonl (28 texts, 7 languages): scored untouched after all of those rules at quotes
  0.966/0.983, speakers 0.726/0.739, figures 0.957/0.973, entities 0.740/0.500; its misses then led
  to rules on names typed elsewhere in the article, bodies' heads written with accents, acronyms spelt
  in brackets, Romance bodies and ministries in lower case, town adjectives, speakers in apposition;
* heldout_f.jsonl (28 texts, 7 languages, 143 quotes, 432 entity mentions): scored untouched after
  those rules at quotes 0.993/0.993, speakers 0.821/0.825, figures 0.965/0.951, entities
  0.789/0.650; its misses then led to rules on roles before names, honorifics, Japanese dropped
  subjects, continents and exonyms, credited names;
* heldout_g.jsonl (28 texts, 7 languages, 165 quotes, 452 entity mentions): scored untouched after
  those rules at quotes 0.969/0.994, speakers 0.839/0.867, figures 0.972/0.963, entities 0.737/0.633
  (the code of the session before: speakers 0.801/0.830, entities 0.686/0.527); its misses then led to
  rules on bodies joined by "and", bodies named with a country or region, Spanish perfects, Chinese
  quotes before their speaker, family names a city shares;
* heldout_h.jsonl (28 texts, 7 languages, 141 quotes, 433 entity mentions): scored untouched after
  those rules at quotes 0.986/0.993, speakers 0.845/0.858, figures 0.990/0.956, entities 0.821/0.697
  (the code of the session before: speakers 0.789/0.801, entities 0.762/0.561); its misses then led
  to rules on German bodies after "von der", copyright lines, national forces, deputies' titles;
* heldout_i.jsonl (28 texts, 7 languages, 143 quotes, 440 entity mentions): scored untouched after
  those rules at quotes 0.979/0.972, speakers 0.873/0.874, figures 0.965/0.960, entities 0.760/0.655
  (the code of the session before: speakers 0.873/0.874, entities 0.702/0.552); its misses then led
  to rules on lawyers' and board members' titles, Chinese and Japanese speech verbs tied to their
  quote, Japanese family names before a title, volcanoes and apps;
* heldout_j.jsonl (28 texts, 7 languages, 141 quotes, 382 entity mentions): scored untouched after
  those rules at quotes 0.985/0.965, speakers 0.910/0.887, figures 0.959/0.982, entities 0.840/0.730
  (the code of two sessions before: speakers 0.872/0.858, entities 0.785/0.584); its misses then led
  to rules on roles in other languages, a role read within its name's sentence, Chinese credits,
  Japanese ranks and family names before titles, katakana names, bodies' last words, bylines' jobs;
* heldout_k.jsonl (28 texts, 7 languages, 143 quotes, 393 entity mentions): scored untouched after
  those rules at quotes 0.986/1.000, speakers 0.887/0.902, figures 0.983/0.967, entities 0.881/0.738
  (the code before heldout_j's rules: speakers 0.872/0.888, entities 0.872/0.730; two sessions before:
  speakers 0.837/0.853, entities 0.789/0.534); its misses then led to rules on bylines with a photo
  credit, agencies in lower case, German places joined by a hyphen or in the dative, acronyms in
  brackets, parties, clubs, professions and Chinese titles standing for a person, complementisers
  as whole words, Chinese credits and earlier speakers;
* heldout_l.jsonl (28 texts, 7 languages, 154 quotes, 445 entity mentions): scored untouched after
  those rules at quotes 0.993/0.987, speakers 0.935/0.929, figures 0.972/0.986, entities 0.864/0.784
  (the code before heldout_k's rules: speakers 0.928/0.922, entities 0.855/0.766; three sessions
  before: speakers 0.895/0.890, entities 0.767/0.600); its misses then led to rules on German nouns
  for what a body is and bodies hyphenated to roles, associations and groups, caves and beaches,
  provinces in a dateline's brackets, "St." and "Mt.", prepositions opening Spanish sentences;
* heldout_m.jsonl (28 texts, 7 languages, 150 quotes, 453 entity mentions): scored untouched after
  those rules at quotes 0.987/0.987, speakers 0.953/0.953, figures 0.969/0.978, entities
  0.833/0.773 (the code before heldout_l's rules: the same quotes, speakers and figures, entities
  0.819/0.751); then, still untouched, after the Japanese dictionary (MeCab) and Chinese body rules
  written from earlier sets' misses: entities 0.834/0.777. Development data now;
* heldout_n.jsonl (28 texts, 7 languages, 153 quotes, 462 entity mentions): scored once, untouched,
  after those rules: quotes 1.000/0.993, speakers 0.954/0.948, figures 0.982/0.952, entities
  0.863/0.792 (the code before the Japanese dictionary and Chinese body rules: the same quotes,
  speakers and figures, entities 0.856/0.786). Its misses then led, with earlier sets', to rules on
  seas, rivers and ranges, regions' adjectives, German adjectives and legal forms in bodies' names,
  Chinese provinces, districts, ports and short names of bodies, Japanese airports, police and
  schools, and links to other articles (which the guidelines now leave unlabelled: 12 of its entity
  labels and 3 figures went). Development data now;
* heldout_o.jsonl (28 texts, 7 languages, 149 quotes, 444 entity mentions after the 6 labels inside
  links to other articles went): the fresh set, scored once, untouched, after all of those rules:
  quotes 0.993/1.000, speakers 0.940/0.946, figures 0.978/0.969, entities 0.840/0.782 (this
  session's starting code: the same quotes and speakers, figures 0.965/0.969, entities
  0.818/0.730; with the labels as written, now entities 0.840/0.771 and figures 0.978/0.957, then
  entities 0.831/0.731 and figures 0.978/0.970). After that one score, its Chinese speaker misses
  (0.80 there) led to three rules: a body reporting after a quote that ends its sentence is not the
  quoted person, nor is a spokesperson or a body before the verb, and 提醒 ("reminded") introduces
  a quote. They move its speakers to 0.967/0.973 and change no other set; that is a development score,
  not a fresh one: the next blind set measures them. Development data now;
* heldout_p.jsonl (28 texts, 7 languages, 159 quotes, 467 entity mentions): scored once, untouched,
  on the next session's starting code: quotes 0.994/0.975, speakers 0.891/0.874, figures
  0.963/0.992, entities 0.893/0.820; and again, still untouched, after rules written from earlier
  sets' misses: speakers 0.897/0.881, entities 0.900/0.824. Its misses then led to rules on quotes
  after a colon or a relative clause, Romance names after an article, Japanese departments before
  titles, Chinese titles ending with a family name's character. Development data now;
* heldout_q.jsonl (28 texts, 7 languages, 157 quotes, 466 entity mentions; real places, bodies and
  companies): scored once, untouched, after those rules: quotes 0.994/0.994, speakers 0.884/0.879,
  figures 0.979/0.979, entities 0.845/0.818 (the session's starting code: entities 0.840/0.809, the
  rest the same). Its misses then led to rules on roles after an indefinite article, Japanese clefts,
  more Japanese titles, German demonyms before nouns, elided articles inside names, Chinese
  universities and hospitals, appositions naming a body. Development data now;
* heldout_r.jsonl (28 texts, 7 languages, 159 quotes, 446 entity mentions; real places, bodies and
  companies): scored untouched after all of those rules: quotes 0.987/0.981, speakers 0.917/0.906,
  figures 0.983/0.974, entities 0.823/0.774 (the session's starting code: speakers 0.904/0.893,
  entities 0.798/0.751, the rest the same). Its misses then led to rules on possessives inside bodies'
  names, portfolios before names, gerunds after speech verbs, regions' and passes' names in other
  languages, federal ministries. Development data now;
* heldout_s.jsonl (28 texts, 7 languages, 160 quotes, 447 entity mentions; real places, bodies and
  companies): the fresh set, scored once, untouched, after all of those rules: quotes 1.000/0.988,
  speakers 0.949/0.944, figures 0.996/0.987, entities 0.867/0.805 (the session's starting code:
  speakers 0.936/0.925, entities 0.860/0.799, the rest the same). Its misses then led to rules on
  feeling verbs, dropped subjects, German surnames, Japanese departments, Chinese dates before the
  verb, makers' names. Development data now;
* heldout_t.jsonl (28 texts, 7 languages, 126 quotes, 437 entity mentions; real places, bodies and
  companies): the fresh set, written blind, scored untouched on the session's starting code (quotes
  0.969/0.992, speakers 0.898/0.921, figures 0.962/0.972, entities 0.839/0.737) and once more after
  the rules from heldout_s and the curated lists of organisations and landscapes (data/): quotes
  0.961/0.992, speakers 0.898/0.929, figures 0.962/0.972, entities 0.851/0.773. Its misses then led
  to rules on grounds, counties, clubs, trades before names, compass regions' demonyms, Chinese and
  Japanese customs, centres, federations and bracketed short names, adverbs before a dropped
  subject. Development data now;
* heldout_u.jsonl (28 texts, 7 languages, 162 quotes, 458 entity mentions; real places, bodies and
  companies): written blind, scored untouched on the session's starting code (quotes
  0.994/0.975, speakers 0.930/0.914, figures 0.976/0.971, entities 0.888/0.845), then after the rules
  from heldout_t (entities 0.890/0.849) and after the list of city names (entities 0.895/0.854), the
  rest the same each time. Its misses then led to rules on Japanese bodies with katakana in their
  names, funds and national federations, short names and acronyms in brackets, two-character common
  nouns, ministers' and players' titles, wards and 府, Chinese bodies before their head's title,
  letters after a name, demonyms in currencies, short départements, German regions' genitives,
  Romance demonstratives, three-word reported clauses, lawyers and magistrates named by their role.
  Development data now;
* heldout_v.jsonl (28 texts, 7 languages, 161 quotes, 243 figures, 458 entity mentions; real places,
  bodies and companies): written blind, scored untouched on the session's starting code (quotes
  0.975/0.975, speakers 0.882/0.882, figures 0.969/0.893, entities 0.867/0.825) and once more after
  the rules from heldout_u (entities 0.872/0.836, the rest the same). Its misses then led to rules on
  Japanese councils, courts, judges and coaches, names in 「」 that a particle follows, bodies quoted
  after what they are, German regions before roles, hyphenated bodies' genitives, regional branches,
  Chinese and Japanese durations and counts of times, parts of a whole, distances after "within",
  known bodies before a person's name, employers after "of", councillors and players by role.
  Development data now;
* heldout_w.jsonl (28 texts, 7 languages, 157 quotes, 228 figures, 453 entity mentions; real places,
  bodies and companies): written blind, scored untouched on the session's starting
  code (quotes 0.974/0.955, speakers 0.901/0.885, figures 0.965/0.969, entities 0.853/0.784) and on
  the code after the rules from heldout_u and heldout_v (quotes 0.987/0.975, speakers 0.922/0.911,
  figures the same, entities 0.863/0.795). Its misses then led to rules on Chinese names written again,
  surnames, farmers, parties and papers, Japanese courts' short names, diseases named after places,
  cantons, shipyards, lone German nouns, El Niño, NGOs. Development data now;
* heldout_x.jsonl (28 texts, 7 languages, 167 quotes, 227 figures, 458 entity mentions; real places,
  bodies and companies): written blind, scored untouched on the session's starting
  code (quotes 1.000/0.958, speakers 0.974/0.934, figures 0.941/0.978, entities 0.859/0.810) and on
  the code after the rules from heldout_u, heldout_v and heldout_w (quotes 1.000/0.964, speakers
  0.974/0.940, figures 0.941/0.987, entities 0.866/0.819). Its misses then led to rules on the Yuans,
  federations, airlines, bodies before officials' titles, short names holding a place, translated
  countries, French bodies in lower case, accented acronyms. Development data now;
* heldout_y.jsonl (28 texts, 7 languages, 168 quotes, 257 figures, 458 entity mentions; real places,
  bodies and companies): written blind, scored untouched on the session's starting
  code (quotes 0.982/0.994, speakers 0.964/0.976, figures 0.965/0.973, entities 0.858/0.834) and on
  the code after the rules from heldout_u, v, w and x (figures 0.962/0.981, entities 0.862/0.843, the
  rest the same). Its misses then led to rules on committees, chambers, hospitals, palaces,
  coordinators, museums and academies. Development data now;
* heldout_z.jsonl (28 texts, 7 languages, 172 quotes, 233 figures, 477 entity mentions; real places,
  bodies and companies): the fresh set, written blind, scored untouched on the session's starting
  code (quotes 0.988/0.971, speakers 0.939/0.924, figures 0.957/0.953, entities 0.868/0.799) and on
  its final code (quotes the same, speakers 0.933/0.919, figures 0.953/0.961, entities
  0.875/0.820). Its misses then led, a session later, to rules on German bodies' names beyond two
  words and on a body named with its place before a person's name (speakers 0.945/0.930, entities
  0.891/0.836, with "Real" opening a Spanish body's name). Development data now;
* heldout_aa.jsonl (28 texts, 7 languages, 167 quotes, 237 figures, 516 entity mentions; real places,
  bodies and companies): the fresh set, written blind, scored untouched on the session's starting
  code and on the code after the rules from heldout_z (the same both times: quotes 0.994/0.994,
  speakers 0.964/0.964, figures 0.983/0.983, entities 0.907/0.851). Development data since heldout_ab
  was written; its misses led to rules on a byline's words after the reporter (the outlet), a Romance
  body's name ending in an elided "of" at a sentence's end, Romance parties' names, German bodies
  named by a bare body word first, councillors by title and saints' towns' adjectives (speakers
  0.976/0.976, entities 0.918/0.866);
* heldout_ab.jsonl (28 texts, 7 languages, 171 quotes, 246 figures, 521 entity mentions; real places,
  bodies and companies): the fresh set, written blind, scored untouched on the session's starting
  code and after its changes to throughput (the same both times: quotes 0.982/0.971, speakers
  0.935/0.924, figures 0.933/0.963, entities 0.894/0.808). Development data since heldout_ac was
  written; its misses led to rules on German possessives opening a sentence, portfolios naming public
  bodies, creeks, roles read after the last name before their holder, pronouns pointing back past
  the names inside reported speech, German trades, mixed-case acronyms, courts named with "für",
  Latin neuters in the genitive and ages after a person in the Romance languages and German
  (speakers 0.970/0.959, figures 0.952/0.963, entities 0.917/0.831; figures' precision rose on
  nineteen other sets with the rule on ages), then on lists of places and named storms (entities
  0.926/0.837);
* heldout_ac.jsonl (28 texts, 7 languages, 171 quotes, 226 figures, 491 entity mentions; real places,
  bodies and companies): the fresh set, written blind, scored untouched on the session's starting
  code (quotes 0.988/0.988, speakers 0.982/0.982, figures 0.978/0.987, entities 0.869/0.825) and after
  the rules from heldout_ab (the same but entities 0.869/0.823). Development data since heldout_ad
  was written; its misses led to rules on a body or a place named again by part of its name, a
  byline's words after the reporter as the outlet, a Romance sentence's opening noun before a body,
  lists of places after "in" and a known town, German lakes in the genitive and Chinese bodies
  (named again after a place, county governments, autonomous regions' bodies, two fields joined by
  及 or 与), and on Chinese words that name small cities (entities 0.904/0.864);
* heldout_ad.jsonl (28 texts, 7 languages, 189 quotes, 242 figures, 509 entity mentions; real places,
  bodies and companies): the fresh set, written blind, scored untouched on the session's starting
  code (quotes 1.000/0.984, speakers 0.925/0.910, figures 0.979/0.983, entities 0.882/0.807) and after
  the rules from heldout_ac (the same but entities 0.887/0.813). Development data since heldout_ae
  was written.
* heldout_ae.jsonl (28 texts, 7 languages, 194 quotes, 238 figures, 506 entity mentions; real places,
  bodies and companies): the fresh set, written blind, scored untouched on the session's starting
  code (quotes 0.995/0.974, speakers 0.968/0.948, figures 0.975/0.966, entities 0.871/0.844) and after
  the rule on Chinese places named by their unit and in Pinyin (the same but entities 0.870/0.846).
  Development data since heldout_af was written; with the check of guessed people against Faker's
  personal names, entities 0.882/0.846.
* heldout_af.jsonl (28 texts, 7 languages, 200 quotes, 232 figures, 493 entity mentions; real places,
  bodies and companies): the fresh set, written blind, scored untouched on the session's starting
  code (quotes 0.980/0.985, speakers 0.845/0.855, figures 0.957/0.957, entities 0.855/0.765) and
  after the check of guessed people against Faker's personal names (the same but entities
  0.871/0.765) and the peeling of a first word before a given name (speakers 0.855/0.865,
  entities 0.873/0.767). Development data since heldout_ag was written; its misses led to rules on
  who says a quote when a relative clause, a quote or a spokesman's name stands between, French,
  Spanish and Italian attribution verbs, a science's practitioner or a nationality naming the person
  just named, names with "of", German union officers and trades after a town's adjective, and
  Italian verbs that end with a grave accent (speakers 0.940/0.945, entities 0.892/0.789).
* heldout_ag.jsonl (28 texts, 7 languages, 197 quotes, 239 figures, 520 entity mentions; real places,
  bodies and companies): the fresh set, written blind, scored untouched on the session's starting
  code and after the rules from heldout_af (the same both times: quotes 0.990/0.985, speakers
  0.944/0.939, figures 0.939/0.962, entities 0.884/0.838). Development data since heldout_ah was
  written; its misses led to rules on numbers that name, tell the time or give an age, ranges and
  tallies, reported clauses that a quote opens, the nearer of two speech verbs, relative clauses
  after a speaker, courts, prefectures and parliaments of a place, Chinese bodies before a
  spokesperson, hiragana given names and katakana titles (quotes 0.990/1.000, speakers
  0.980/0.990, figures 0.975/0.987, entities 0.916/0.879).
* heldout_ah.jsonl (28 texts, 7 languages, 200 quotes, 243 figures, 498 entity mentions; real places,
  bodies and companies): the fresh set, written blind, scored untouched on the session's starting
  code (quotes 0.995/0.985, speakers 0.933/0.925, figures 0.937/0.971, entities 0.909/0.827) and
  after the rules from heldout_ag (quotes 0.995/0.990, speakers 0.944/0.940, figures 0.963/0.975,
  entities 0.910/0.833). Development data since heldout_ai was written; its misses led to rules on a
  nation's person after the verb in four languages, Chinese names after counsel or kin, "after N
  months", ranks, magnitudes, datelines and votes, newspapers named with their article, and Chinese
  and Japanese research institutes, palace museums and newspapers (quotes 0.995/0.990, speakers
  0.974/0.970, figures 0.988/0.988, entities 0.926/0.857).
* heldout_ai.jsonl (28 texts, 7 languages, 196 quotes, 223 figures, 510 entity mentions; real places,
  bodies and companies): the fresh set, written blind (its writer saw the subjects of the last
  commits, not the code), scored untouched on the session's starting code (quotes 0.995/0.980,
  speakers 0.917/0.903, figures 0.936/0.991, entities 0.897/0.818) and at its end (quotes
  0.995/0.980, speakers 0.922/0.908, figures 0.978/0.991, entities 0.907/0.824). Development data
  since heldout_aj was written; its misses led to rules on German trades in -eur, given names in
  -ing, a person "von der" a body, the Italian pluperfect, German plural verbs, unnamed roles of a
  body, Japanese clauses around a partial quote, ordinals, hours and counts without nouns (quotes
  0.995/0.995, speakers 0.969/0.969, figures 0.996/1.000, entities 0.910/0.837).
* heldout_aj.jsonl (28 texts, 7 languages, 209 quotes, 225 figures, 486 entity mentions; real places,
  bodies and companies): the fresh set, written blind, scored untouched on the session's starting
  code (quotes 0.990/0.981, speakers 0.946/0.943, figures 0.948/0.973, entities 0.899/0.805) and at
  its end (quotes 1.000/0.990, speakers 0.956/0.952, figures 0.974/0.982, entities 0.902/0.815).
  Development data since heldout_ak was written; its misses led to rules on towns in capitals and a
  full stop, routes "between" two towns, German towns named like nouns, middle initials, cities
  abroad in katakana, the bodies the organisation list writes in characters and companies named
  without their legal form (quotes 1.000/0.990, speakers 0.966/0.962, figures 0.974/0.982, entities
  0.912/0.854; with heldout_ak's rules too, speakers 0.971/0.967, entities 0.921/0.866).
* heldout_ak.jsonl (28 texts, 7 languages, 236 quotes, 223 figures, 495 entity mentions; real places,
  bodies and companies): the fresh set, written blind, scored untouched on the session's starting
  code and after heldout_aj's rules, with the same figures both times (quotes 1.000/1.000, speakers
  0.966/0.975, figures 0.986/0.982, entities 0.888/0.834). Development data since heldout_al was
  written; its misses led to rules on ministries and bodies of several fields, bodies' lower-case
  tails at a sentence's end, German towns someone comes "aus", points and peaks, nouns made of verbs,
  brands' short names and Chinese and Japanese associations (quotes 1.000/1.000, speakers
  0.974/0.979, figures 0.986/0.982, entities 0.919/0.873).
* heldout_al.jsonl (28 texts, 7 languages, 234 quotes, 223 figures, 569 entity mentions, 235 of them
  organisations; real places, bodies and companies): the fresh set, written blind, scored untouched
  on the session's starting code (quotes 0.991/0.996, speakers 0.969/0.974, figures 0.961/0.987,
  entities 0.838/0.791) and at its end (quotes 0.991/0.996, speakers 0.969/0.974, figures
  0.961/0.987, entities 0.850/0.805). Development data since heldout_am was written; its misses led
  to rules on bodies "General", Spanish plural initials, French clubs, German river towns, producers'
  and legal names, surnames that are adjectives, councillors' portfolios, German newspapers, heirs'
  and guides' home towns, wire agencies' copyright lines and hyphenated unions (with heldout_am's rules
  too: quotes 0.991/0.996, speakers 0.991/0.996, figures 0.961/0.987, entities 0.906/0.865).
* heldout_am.jsonl (28 texts, 7 languages, 237 quotes, 244 figures, 556 entity mentions): the fresh
  set, written blind, scored untouched on the session's starting code (quotes 1.000/0.996, speakers
  0.945/0.941, figures 0.996/0.988, entities 0.869/0.786). Development data since heldout_an was
  written; its misses led to rules on the personal "a", someone of a named person, Romance "al",
  quoted questions, German ordinals ending no sentence, Japanese department titles, power plants,
  Italian autonomous provinces, acronyms of long bodies, international bodies' English names,
  German bodies in the nominative and abbreviated states (quotes 1.000/0.996, speakers 0.987/0.983,
  figures 0.996/0.988, entities 0.909/0.849).
* heldout_an.jsonl (28 texts, 7 languages, 230 quotes, 241 figures, 573 entity mentions): the fresh
  set, written blind, scored untouched on the session's starting code (quotes 1.000/0.996, speakers
  0.943/0.943, figures 0.992/0.983, entities 0.804/0.750) and at its end (quotes 1.000/0.996,
  speakers 0.956/0.957, figures 0.992/0.983, entities 0.807/0.761). Development data since heldout_ao
  was written; its misses led to rules on the adjectives of the United Kingdom's nations and of
  regions, languages after "in", datelines before a long dash, currency prefixes, ombudsmen, headline
  quotes the body gives to someone, someone unnamed after the verb, a place then a person after "in",
  a town's marina and Chinese cities' teams (quotes 1.000/0.996, speakers 0.991/0.987, figures
  0.992/0.983, entities 0.836/0.794).
* heldout_ao.jsonl (28 texts, 7 languages, 230 quotes, 228 figures, 585 entity mentions): the fresh
  set, written blind, scored untouched on the session's starting code (quotes 1.000/0.996, speakers
  0.943/0.939, figures 0.987/0.982, entities 0.835/0.776) and at its end (quotes 1.000/0.996,
  speakers 0.956/0.952, figures 0.987/0.982, entities 0.835/0.778). Development data since heldout_ap
  was written; its misses led to rules on bodies named by a region, German trades' workplaces,
  copyright holders, participles after a hyphen, ranks before roles, German sentence openers, clubs in
  the German genitive, waters named together, playing positions and union officers, Japanese unions
  and cities, and cities in characters under their English names (quotes 1.000/0.996, speakers
  0.987/0.983, figures 0.987/0.982, entities 0.870/0.814).
* heldout_ap.jsonl (28 texts, 7 languages, 232 quotes, 235 figures, 593 entity mentions): the fresh
  set, written blind, scored untouched on the session's starting code (quotes 1.000/0.983, speakers
  0.991/0.974, figures 1.000/0.974, entities 0.929/0.838) and at its end (quotes 1.000/0.983,
  speakers 0.991/0.974, figures 1.000/0.974, entities 0.929/0.835). Development data since heldout_aq
  was written; its misses led to rules on French headlines opening with a quote, countries' foreign
  names that are big cities abroad, demonyms' canonical names, known bodies named like towns, names
  joined from two capitalised words and bodies named again by them, hyphened places named again by
  their first part, companies after a feminine article and a demonym, Chinese city bodies after their
  province or a counter, Kinmen and Lieyu, and Japanese names the dictionary reads longer and nouns
  made verbs (quotes 1.000/0.983, speakers 0.991/0.974, figures 1.000/0.979, entities 0.945/0.877).
* heldout_aq.jsonl (28 texts, 7 languages, 230 quotes, 250 figures, 599 entity mentions): the fresh
  set, written blind, scored untouched on the session's starting code (quotes 0.996/0.987, speakers
  0.974/0.965, figures 0.984/0.968, entities 0.904/0.831) and at its end (quotes 0.996/0.987,
  speakers 0.974/0.965, figures 0.984/0.968, entities 0.910/0.840). Development data since heldout_ar
  was written; its misses led to rules on hyphened German places ending a sentence, question words
  and "if" opening quotes, trades and body descriptors before names, residents of a place, articles
  inside names, places named with a title, descriptors opening English sentences, towns of two merged
  ones, the parts of Europe, German towns by their lake, road operators, bodies' branches in regions,
  wire credits, dotted initials, Romance societies and unions, and Japanese and Chinese stations,
  clubs, companies with their towns, co-operatives and metros (quotes 0.996/0.987, speakers
  0.996/0.987, figures 0.984/0.968, entities 0.961/0.902).
* heldout_ar.jsonl (28 texts, 7 languages, 230 quotes, 267 figures, 601 entity mentions): the fresh
  set, written blind, scored untouched on the session's starting code (quotes 1.000/0.987, speakers
  0.978/0.965, figures 1.000/0.966, entities 0.925/0.879) and at its end (quotes 1.000/0.987,
  speakers 0.978/0.965, figures 1.000/0.966, entities 0.927/0.884). Development data since heldout_as
  was written; its misses led to rules on bodies of two fields joined by "and", town councils and
  plants named by what they make, district collectors, honorifics opening counties' names, the states
  of more countries, "All" opening a body's name, title-case acronyms and the body's word before
  their letters, Italian auxiliaries opening quotes, neighbourhoods, delegations and home towns after
  a comma, Chinese foreign names after a trade, autonomous regions, places listed before their kind,
  and Japanese branches (quotes 1.000/0.987, speakers 0.991/0.978, figures 1.000/0.966, entities
  0.962/0.923).
* heldout_as.jsonl (28 texts, 7 languages, 231 quotes, 263 figures, 611 entity mentions): the fresh
  set, written blind, scored untouched on the session's starting code (quotes 1.000/0.987, speakers
  0.996/0.983, figures 1.000/0.962, entities 0.902/0.830) and at its end (quotes 1.000/0.987,
  speakers 0.996/0.983, figures 1.000/0.962, entities 0.904/0.830). Development data since heldout_at
  was written; its misses led to rules on acronyms written in capitals or as words, where someone
  lives or farms before their name, towns joined by a hyphen before an office, "Little" and "Great"
  opening places' names, lists of places a known one opens, a town's part named by a compass point,
  German place prefixes alone, a trade's workplace after a town's adjective, plural and place
  adjectives and inspectorates in Romance bodies' names, what a company does before its name,
  Spanish "Mayor", whom one leads, aquifers, a body named again without what it is of, a known
  body's branch in a place, provinces in brackets, a portfolio and the body that gives it, US states
  of four letters, Japanese bodies with hiragana, and Chinese companies named again and management
  committees (quotes 1.000/0.987, speakers 0.996/0.983, figures 1.000/0.962, entities 0.948/0.872).
* heldout_at.jsonl (28 texts, 7 languages, 236 quotes, 284 figures, 591 entity mentions): the fresh
  set, written blind, scored untouched on the session's starting code (quotes 1.000/0.983, speakers
  0.974/0.958, figures 1.000/0.961, entities 0.925/0.856) and at its end (quotes 1.000/0.983,
  speakers 0.974/0.958, figures 1.000/0.961, entities 0.927/0.858). Development data since heldout_au
  was written; its misses led to rules on home towns whose names hold "de la", places holding "a",
  squares, streets and piers, a town's genitive before its office, a party after a role and a name,
  sites after "at … near/on" and "its", initiatives, plural acronyms of things, bodies that inform and
  groups that speak in the plural, slogans, non-profits by their legal form, a lagoon opening like a
  month, what an association stands for, Balkan demonyms, mainland districts named like cities,
  farmers' associations, and Japanese co-operatives, societies, shrines and regional papers (quotes
  1.000/0.996, speakers 0.987/0.983, figures 1.000/0.961, entities 0.967/0.904).
* heldout_au.jsonl (28 texts, 7 languages, 233 quotes, 276 figures, 636 entity mentions): the fresh
  set, written blind, scored untouched on the session's starting code (quotes 1.000/0.991, speakers
  0.909/0.897, figures 0.993/0.989, entities 0.894/0.805) and at its end (quotes 1.000/1.000,
  speakers 0.909/0.906, figures 0.993/0.989, entities 0.896/0.810). Development data since heldout_av
  was written; its misses led to rules on Chinese names written by their sounds (foreign, Tibetan,
  Mongolian, Uyghur) after a title or a trade, whole bracketed credits, Taiwan's name dot, a foreign
  name's last part named again and its start and end, embassies, Japanese people by an age, a title
  only people hold or an envoy's title, countries' everyday names (Russland, Rusia, モンゴル…), 其中
  before a place, Italian regions' adjectives, ANSA's and title-case datelines, a dateline's town
  named like a person, French communes, a body only guessed before "and", and the Democratic Republic
  of Congo (quotes 1.000/1.000, speakers 0.987/0.983, figures 0.993/0.989, entities 0.923/0.873).
* heldout_av.jsonl (28 texts, 7 languages, 247 quotes, 292 figures, 631 entity mentions): the fresh
  set, written blind, scored untouched on the session's starting code (quotes 1.000/1.000, speakers
  0.980/0.980, figures 0.970/0.986, entities 0.927/0.842) and at its end (quotes 1.000/1.000,
  speakers 0.992/0.992, figures 0.983/0.986, entities 0.934/0.851); five of its person labels were seen
  while the characters of names' sounds were counted. Development data since heldout_aw was written;
  its misses led to rules on one-word home towns after someone named by their trade, routes whose first
  end has several words, title-case datelines with "am" or "di", academies, straits and firths, a
  demonym before a natural feature, a body's prize or contest, French places joined by hyphens, a
  street's capitalised head, "d’une" inside a body's name, factories by their maker's name, the German
  genitive of hills and rivers, Hepburn's "tch" and a place's name before 語 (quotes 1.000/1.000,
  speakers 0.992/0.992, figures 0.983/0.986, entities 0.954/0.889).
* heldout_aw.jsonl (28 texts, 7 languages, 234 quotes, 274 figures, 625 entity mentions): written
  blind, scored untouched on one session's starting code (quotes 0.996/1.000, speakers 0.949/0.953,
  figures 0.993/0.971, entities 0.934/0.838) and at its end (the same: none of the session's rules
  changed what it finds). Development data since heldout_ax was written; its misses led to rules on a
  Japanese name, a dot and the section its holder heads, one-character family names before さん,
  traders before a Chinese name, 指出 (no speech) and quotes that end a reported clause, surnames spelt
  like an accented body's word (Camara), a German town's adjective before a trade and a person, "die
  Gemeinde X", a region's association or ministry, firms named by a plural trade, miners the news names
  alone, "Museum für", a town its council names, beaches in the plural, a town on the way, what stands
  at a town, Japanese stretches of time with 間 and numbers compared with the sentence's figure (quotes
  1.000/1.000, speakers 0.996/0.996, figures 0.993/0.996, entities 0.946/0.869).
* heldout_ax.jsonl (28 texts, 7 languages, 113 quotes, 194 figures, 482 entity mentions): written
  blind, scored untouched on one session's starting code (quotes 0.983/1.000, speakers 0.965/0.982,
  figures 0.995/0.959, entities 0.829/0.716) and at its end (quotes 1.000/1.000, speakers 0.982/0.982,
  figures 0.995/0.969, entities 0.830/0.720). Development data since heldout_ay was written; its misses
  led to rules on a town alone on its line in capitals under a byline, an outlet's two words an
  ampersand joins, a lone unknown word coordinated with a place, someone from a place, a town in
  apposition, a town's quarter and a rest area, route ends after a line's noun, bodies' names that
  "and" joins, stud farms and transport associations, Spanish boards, French adjectives of African
  countries, priests named by their office, "ricorda", rates per day, changes between two bare numbers,
  founding years and Chinese minutes (quotes 1.000/1.000, speakers 1.000/1.000, figures 1.000/0.995,
  entities 0.845/0.768).
* heldout_ay.jsonl (28 texts, 7 languages, 236 quotes, 321 figures, 607 entity mentions): written
  blind, scored untouched on one session's starting code (quotes 1.000/1.000, speakers 0.936/0.936,
  figures 0.994/0.972, entities 0.905/0.829) and at its end (quotes 1.000/1.000, speakers 0.936/0.936,
  figures 0.994/0.981, entities 0.905/0.830). Development data since heldout_az was written; its misses
  led to rules on a role's body and the person with no comma between, a portfolio and the body that
  gives it, surnames that open with a particle, "Insolvenzverwalter", German clubs by their initials, an
  acronym that spells a name in another language, a Reuters credit's "in" place, the personal "a"
  before a name a trade describes, where farmers and producers come from, a place whose kind is
  written in lower case before it, Spanish rivers' and islands' English names, less common Chinese
  family names, pronouns after a possessive and bodies named after a word that may be a role (quotes
  1.000/1.000, speakers 0.991/0.992, figures 0.994/0.981, entities 0.925/0.870).
* heldout_az.jsonl (28 texts, 7 languages, 238 quotes, 288 figures, 613 entity mentions): written
  blind, scored untouched on one session's starting code (quotes 1.000/0.979, speakers 0.974/0.954,
  figures 1.000/1.000, entities 0.910/0.809) and at its end (the same: none of the session's rules
  changed what it finds). Development data since heldout_ba was written; its misses led to rules on
  Italian "Per" opening a sentence, feasts and ages of history, French "des" inside a name, land's and
  buildings' words and lower-case puys and paths, national parks' English names, a place after "el estado
  mexicano de", a small town's genitive before its mayor, German towns listed by their endings, a court's
  name ending with its town, compounds' title-case acronyms, a described name's first word, Spanish
  "de la" surnames, provinces' initials in datelines, places whose name opens with a demonym, Bern,
  Dutch streets, federations, German nouns after "einer" or "per", a union's name after "Gewerkschaft",
  Spanish family firms, a Japanese clause after a quote and its verb and foreign names after a Chinese
  title (quotes 1.000/0.996, speakers 1.000/0.996, figures 1.000/1.000, entities 0.955/0.856).
* heldout_ba.jsonl (28 texts, 7 languages, 236 quotes, 288 figures, 607 entity mentions): written
  blind, scored untouched on one session's starting code (quotes 1.000/0.983, speakers 0.970/0.953,
  figures 0.993/0.997, entities 0.880/0.801) and at its end, after the rules from heldout_az (quotes
  1.000/1.000, speakers 0.974/0.975, figures 0.993/0.997, entities 0.886/0.807). Development data since
  heldout_bb was written; its misses led to rules on forums, makers named after what they make, fishermen's
  guilds, a German compound's first part before "und", a Romance body's lower-case name before its
  bracketed acronym, German acronyms whose capitals are the name's initials, a German place then a
  capitalised noun, seas and lakes after their lower-case Romance heads, Cornish, Chinese occupations
  before a speech verb, districts named like cities elsewhere, a company before its manager's title, the
  organiser's word before a body's name, "国" ending a word before "連", co-operatives' names ending in
  hiragana and a speaker named by age (quotes 1.000/1.000, speakers 1.000/1.000, figures 0.993/0.997,
  entities 0.917/0.837).
* heldout_bb.jsonl (28 texts, 7 languages, 246 quotes, 300 figures, 614 entity mentions): written
  blind, scored untouched on one session's starting code (quotes 1.000/1.000, speakers 0.959/0.959,
  figures 1.000/0.987, entities 0.862/0.801) and at its end, after the rules from heldout_ba (quotes
  1.000/1.000, speakers 0.967/0.967, figures 1.000/0.987, entities 0.863/0.803). Development data since
  heldout_bc was written; its misses led to rules on surnames like an article or a title's abbreviation
  ("Das said", "Amartya Sen"), portfolios of forests, fisheries, mines and sports, chambers of commerce,
  mines and quarries, numbered roads, a home town after an age, wildlife sanctuaries and parks named
  without their kind, a promise as a quote's attribution, an Italian speaker's body after "del", a Chinese
  foreign name after a word of grammar, Japanese bays, marshes and rivers named after their town,
  Spanish rivers, islands, deserts and gulfs named like a region, yards named after their place and an
  article capitalised inside a sentence; and the two rules all sets are now labelled by, a Romance
  government named with its place and a Chinese or Japanese department after its place (quotes
  1.000/1.000, speakers 1.000/1.000, figures 1.000/0.987, entities 0.900/0.849).
* heldout_bc.jsonl (28 texts, 7 languages, 233 quotes, 283 figures, 608 entity mentions): written
  blind, scored untouched on one session's starting code (quotes 1.000/0.996, speakers 0.961/0.957,
  figures 0.993/0.972, entities 0.845/0.753) and at its end, after the rules from heldout_bb (quotes
  1.000/0.996, speakers 0.961/0.957, figures 0.993/0.972, entities 0.849/0.758). Development data since
  heldout_bd was written; its misses led to rules on Chinese townships with their unit, a city's
  department apart from the nation's body of the same name, a verb done (了) or a counted noun before a
  body's name, university hospitals, a Japanese name before an age, stations named after their place,
  long Latin acronyms after a Japanese body, the lower-case courts and chambers of French and Italian,
  Italian ministries of two portfolios, the comma-listed fields an acronym spells, Korean hyphenated given
  names, two given names before a surname that ends like a town's, a range with the province it lies
  in, grounds named after a knight and ovals, and Colombian national natural parks (quotes 1.000/0.996,
  speakers 0.983/0.979, figures 0.993/0.972, entities 0.889/0.801).
* heldout_bd.jsonl (28 texts, 7 languages, 234 quotes, 283 figures, 605 entity mentions): written
  blind, scored untouched on one session's starting code (quotes 1.000/1.000, speakers 0.966/0.966,
  figures 0.993/0.986, entities 0.926/0.866) and at its end, after the rules from heldout_bc (quotes
  1.000/1.000, speakers 0.966/0.966, figures 0.993/0.986, entities 0.928/0.868). Development data since
  heldout_be was written; its misses led to rules on the last of a list of known places, two places
  after French "à", the first of two places before a known town, "only" opening a Romance sentence,
  plural demonyms used as nouns for people, English occupations before a name, German towns after the
  compounds of Gemeinde and Stadt, university and club compounds before a place, Italian passes and
  tunnels, a Japanese port and a report's bureau town in 【】, a Chinese name before an age, Hong Kong
  magistrates, the states of the United States in Chinese and Japanese, the body that runs an Italian
  park, a German country before a noun, Swiss cantonal councillors and an agency's photographer in a
  credit (quotes 1.000/1.000, speakers 0.991/0.991, figures 0.993/0.986, entities 0.946/0.904).
* heldout_be.jsonl (28 texts, 7 languages, 241 quotes, 287 figures, 613 entity mentions): written
  blind, scored untouched on one session's starting code (quotes 1.000/1.000, speakers 0.996/0.996,
  figures 0.996/0.986, entities 0.861/0.750) and at its end, after the rules from heldout_bd (the
  same). It stopped being the fresh set when heldout_bf was written; its misses led to rules on
  Romance sites named right after their lower-case kind (stadio, estadio, stade, telescopio, monte,
  barranca, aeroporto) with their town or running body after them, roads by their codes, an English
  isle named after a month, a credit line's given name that is a title, a body after ", and the", a
  body owning another with a possessive, German "-loge"/"-login" roles, two German compounds sharing
  their last part, a German body of its place before a noun, French places opening Pointe-, Anse-,
  Baie- and Havre-, and Japanese airports, fishing ports and stations the dictionary reads (quotes
  1.000/1.000, speakers 0.996/0.996, figures 0.996/0.986, entities 0.890/0.793).
* heldout_bf.jsonl (28 texts, 7 languages, 233 quotes, 284 figures, 613 entity mentions): written
  blind, scored untouched on one session's starting code (quotes 1.000/1.000, speakers 0.961/0.961,
  figures 1.000/0.986, entities 0.864/0.736) and at its end, after the rules from heldout_be (entities
  0.864/0.737, the rest the same). It stopped being the fresh set when heldout_bg was written; its
  misses led to rules on buildings of worship (abbeys, cathedrals, minsters, a saint's church), a
  capitalised given name that is no demonym and a saint after a lower-case "san", volcanoes named
  with "Mount", and a German association's word before a name of its own (quotes 1.000/1.000,
  speakers 0.961/0.961, figures 1.000/0.986, entities 0.891/0.760).
* heldout_bg.jsonl (28 texts, 7 languages, 217 quotes, 270 figures, 602 entity mentions): written
  blind, scored untouched on one session's starting code (quotes 0.995/0.986, speakers 0.986/0.977,
  figures 0.967/0.978, entities 0.848/0.741) and at its end, after the rules from heldout_bf (the
  same). It stopped being the fresh set when heldout_bh was written; its misses led to rules on lakes
  and islands named after their lower-case kind (lago, lac, île), Spanish national parks "de los …" and
  the bodies that run parks, French demonyms after a determiner and Spanish "un mexicano" as people,
  the countries' adjectives the lists lacked, national Red Cross societies, acronyms written with
  hyphens or dots, German islands and towns after their kind, the -s genitive kept to German-like
  languages, trails, English parks named after a known place, German acronyms written as words,
  cantons named like their capitals, Spanish names going on over "de los", and a body of two fields
  ending with its place (quotes 0.995/0.986, speakers 0.986/0.977, figures 0.967/0.978, entities
  0.893/0.776).
* heldout_bh.jsonl (28 texts, 7 languages, 234 quotes, 317 figures, 607 entity mentions): written
  blind, scored untouched on one session's starting code (quotes 1.000/0.991, speakers 0.970/0.962,
  figures 0.978/0.984, entities 0.845/0.787) and at its end, after the rules from heldout_bg (the
  same). It stopped being the fresh set when heldout_bi was written; its misses led to rules on
  bodies named by a continent's demonym, Italian "da" after a town, a role before "der" and a body,
  towns' clubs named by a plural, firms named by an island or a bay, German tunnels written as one
  word, regions' names without accents, a Japanese city's mayor, Romance bodies going on over
  lower-case words (a harbour's Capitaneria, "ressources en eau", "dello Stretto"), flooding rivers,
  the development banks in our languages, palaces, mountains, hills and snow peaks by their kinds,
  Commonwealth ministers' portfolios, forts, courts of "du" and "de la" with a region's adjective,
  towns merged with a hyphenated town, newspapers named with an elided article, Italian squares in
  German news and a known body's acronym before a German noun (quotes 1.000/0.991, speakers
  0.974/0.966, figures 0.978/0.984, entities 0.896/0.839).
* heldout_bi.jsonl (28 texts, 7 languages, 236 quotes, 298 figures, 594 entity mentions): written
  blind, scored untouched on one session's starting code (quotes 0.996/1.000, speakers 0.958/0.962,
  figures 1.000/0.980, entities 0.909/0.837) and at its end, after the rules from heldout_bh
  (entities 0.910/0.837, the rest the same). It stopped being the fresh set when heldout_bj was
  written; its misses led to rules on a Chinese department's head after its name, firms joined by
  與, Korea's metropolitan cities, Singapore's and Malaysia's towns by their local Chinese names, a
  city-state's departments, universities' short names, Japanese rivers, shrines, temples, Shinkansen
  lines and city wards, a common noun before さん, the parts of an area 部 ends, a town before its
  Mayor, trades before names, freight and cruise firms, Nordic A/S, tunnels under a strait, Sardinian
  adjectives, Italian rivers, an agency before a photographer's name and a Chinese town after its city
  (speakers 0.979/0.983, entities 0.962/0.926, the rest the same).
* heldout_bj.jsonl (28 texts, 7 languages, 245 quotes, 298 figures, 613 entity mentions): written
  blind, scored untouched once, on the code of the session that merged it, and again on the next
  session's starting code (the same both times: quotes 1.000/0.996, speakers 0.975/0.971, figures
  1.000/0.973, entities 0.863/0.788), and at that session's end, after the rules from heldout_bi, none
  written from its misses (entities 0.868/0.803, the rest the same). It stopped being the fresh set
  when heldout_bk was written; its misses led to rules on a quote's first word, streets named Drive
  and Way, a possessive place after someone's "of", a Romance article before a place's kind, a
  regional government's level, Spanish rivers named together, a known body before a person's name, a
  place with its lower-case adjective, islands with their lower-case kind, German ranges, stadiums,
  festivals and railways, Japanese cities named with 市, castles and mountains, a family name that
  opens like a word, a country inside a Chinese body's name, stations, airports and everyday names
  of countries in Chinese, a tourist who speaks, French forests and castles, Spanish ranges and
  national reserves, Romance bodies with lower-case words, a known body closing a title it gives,
  monarchs by one name, a given name after "a", parliaments of states and a merged wire agency's
  letters (speakers 0.996/0.992, entities 0.945/0.891, the rest the same).
* heldout_bk.jsonl (28 texts, 7 languages, 234 quotes, 306 figures, 599 entity mentions): written
  blind, scored untouched once, on the code of the session that merged it, and again on the next
  session's starting code (the same both times: quotes 1.000/1.000, speakers 0.987/0.987, figures
  0.993/0.987, entities 0.856/0.766), and after the rules from heldout_bj, none written from its
  misses (entities 0.861/0.773, the rest the same). It stopped being the fresh set when heldout_bl was
  written; its misses then led, in the same session, to rules on an -ing form opening a sentence, the
  skiing federation's names, Malaysian towns written in traditional characters and Malaysia's states
  (entities 0.873/0.801, the rest the same), and in the next session to 0.880/0.810 with the rules on
  Chinese rivers, lakes and bodies joining portfolios with 及, written from older sets.
* heldout_bl.jsonl (28 texts, 7 languages, 240 quotes, 300 figures, 571 entity mentions): written
  blind and scored untouched twice in the session that merged it, after the rules from heldout_bj
  (quotes 1.000/0.996, speakers 0.987/0.983, figures 1.000/0.990, entities 0.874/0.816) and after
  those from heldout_bk (entities 0.875/0.818, the rest the same), and again on the next session's
  starting code (the same). It stopped being the fresh set when heldout_bm was written; by then rules
  on Chinese rivers, lakes and bodies joining portfolios with 及, written from older sets, had moved it
  to entities 0.871/0.818; its misses then led to rules on German towns named by a forest or a river,
  Roman numbers, cathedrals and basilicas, venues named again by their names alone and islands named
  after a weekday (entities 0.884/0.827, the rest the same), and in the next session a second pass over
  its misses (bodies listing their fields with articles, Belgium's provinces, a province's and an
  Intendencia's government, a surname's particle before a landform's word) to 0.898/0.837, and 0.900/0.837
  with the rules from older sets and heldout_bm.
* heldout_bm.jsonl (28 texts, 7 languages, 245 quotes, 298 figures, 596 entity mentions): written
  blind and scored untouched twice in the session that merged it, after the rules on Chinese rivers,
  lakes and bodies (quotes 1.000/1.000, speakers 0.988/0.988, figures 0.997/0.993, entities
  0.873/0.820) and after those from heldout_bl (the same), and again on the next session's starting
  code (the same). It stopped being the fresh set when heldout_bn was written; rules from older sets
  left it where it was, and its misses then led to rules on clubs joined by "and", miners named by
  their metal, German sources after "laut", offices and councils named by their district, German
  towns' official titles, hospitals and homes named with their town, bridges written as one word,
  Romance trails, walls and temples, past-tense verbs opening a sentence and French squares
  (entities 0.896/0.839, the rest the same).
* heldout_bn.jsonl (28 texts, 7 languages, 260 quotes, 310 figures, 591 entity mentions): written
  blind and scored untouched twice in the session that merged it, on that session's starting code and
  after all its rules (the same both times: quotes 1.000/1.000, speakers 0.958/0.958, figures
  0.990/0.974, entities 0.896/0.832), and again on the next session's starting code (the same). It
  stopped being the fresh set when heldout_bo was written; its misses then led to rules on Chinese
  people counted before a body, German streets, districts, airports, stations and ports, players'
  positions, town names opening an English sentence as common nouns, Romance associations, known
  bodies named again by their first word, the Atlas ranges and Chinese rivers, Arabic surname
  particles, French towns after a contracted article, French participles opening a sentence and
  Japanese bodies numbered in digits (speakers 0.973/0.973, entities 0.926/0.865, the rest the same).
* heldout_bo.jsonl (28 texts, 7 languages, 237 quotes, 312 figures, 592 entity mentions): written
  blind and scored untouched twice in the session that merged it, on that session's starting code and
  after all its rules (the same both times: quotes 0.996/0.996, speakers 0.987/0.987, figures
  0.997/0.987, entities 0.923/0.855), and again on the next session's starting code (the same). Rules
  written in that next session from older sets' misses and real articles (villages of the article's
  own countries, German nouns after prepositions, town names that are words) took it to entities
  0.924/0.860 before it was looked at. It stopped being the fresh set when heldout_bp was written; its
  misses then led to rules on Romance articles opening English sentences, towns before thousands,
  dams and volcanoes, letters named in full, German nouns between "zwischen … und …", German companies
  named by what they run, Noël, rivers named like countries, dams, reservoirs and gulfs named in
  English, the Czech Republic and "Co-operative" (entities 0.947/0.878, the rest the same).
* heldout_bp.jsonl (28 texts, 7 languages, 234 quotes, 285 figures, 600 entity mentions): written
  blind and scored untouched twice in the session that merged it, on that session's starting code
  (quotes 1.000/0.991, speakers 0.953/0.944, figures 0.996/0.993, entities 0.874/0.822) and after all
  its rules (entities 0.876/0.827, the rest the same), and again on the next session's starting code
  (the same). It stopped being the fresh set when heldout_bq was written; its misses then led to rules
  on what a "-based" places and what follows it, possessives after a place's last word, "of X, where",
  bodies an acronym spells after a role or after a word no run took, bodies for two fields, German
  route ends and quantifiers, Sion and Castello (speakers 0.978/0.970, entities 0.896/0.845, the rest
  the same).
* heldout_bq.jsonl (28 texts, 7 languages, 233 quotes, 283 figures, 590 entity mentions): written
  blind and scored untouched twice in the session that merged it, on that session's starting code
  (quotes 0.996/1.000, speakers 0.949/0.953, figures 1.000/0.993, entities 0.918/0.854) and after all
  its rules, none written from it (speakers 0.962/0.966, entities 0.922/0.858, the rest the same), and
  again on the next session's starting code (the same). Rules written in that next session from real
  articles (the English article "a", diseases, feasts, acronyms of things) left it the same. It stopped
  being the fresh set when heldout_br was written; its misses then led to rules on Romance unions and
  names opening with "Campo" (speakers 0.966/0.970, entities 0.925/0.861, the rest the same), and in
  the next session to rules on a country's Red Cross society, initials joined by "&" and the German
  Greens (entities 0.934/0.866, the rest the same).
* heldout_br.jsonl (28 texts, 7 languages, 246 quotes, 287 figures, 600 entity mentions): written
  blind and scored untouched twice in the session that merged it, on that session's starting code
  (quotes 1.000/1.000, speakers 0.992/0.992, figures 0.979/0.997, entities 0.899/0.787) and after all
  its rules, none written from it (entities 0.901/0.788, the rest the same), and again on the next
  session's starting code (the same). It stopped being the fresh set when heldout_bs was written; its
  misses then led to rules on the English names of cities the gazetteer names otherwise (entities
  0.903/0.790, the rest the same).
* heldout_bs.jsonl (28 texts, 7 languages, 241 quotes, 287 figures, 593 entity mentions): written
  blind and scored untouched twice in the session that merged it, on that session's starting code
  (quotes 1.000/1.000, speakers 0.988/0.988, figures 0.990/0.993, entities 0.911/0.830) and after that
  session's rules from real articles and from heldout_bq, none written from it (the same), and again on
  the next session's starting code (the same). It stopped being the fresh set when heldout_bt was
  written; its misses then led to rules on photo credits with no colon, agencies of several words in
  credits, unions' federations written apart, ministries and German associations named in two parts
  and where a person in the news comes from (entities 0.923/0.853, the rest the same).
* heldout_bt.jsonl (28 texts, 7 languages, 242 quotes, 292 figures, 600 entity mentions): written
  blind and scored untouched twice in the session that merged it, on that session's starting code
  (quotes 1.000/1.000, speakers 0.988/0.988, figures 0.997/1.000, entities 0.959/0.887) and after that
  session's rules from real articles, none written from it (the same); after the rules from heldout_bs,
  entities 0.959/0.893, and the same again on the next session's starting code. It stopped being the
  fresh set when heldout_bu was written; its misses then led to rules on a publisher named on a
  copyright line, a dateline's town the story names again, a Romance trade and its town and a family's
  firm named again by the family's name (entities 0.959/0.905, the rest the same).
* heldout_bu.jsonl (28 texts, 7 languages, 242 quotes, 286 figures, 593 entity mentions): written
  blind and scored untouched twice in the session that merged it, on that session's starting code
  (quotes 1.000/1.000, speakers 0.992/0.992, figures 0.976/0.990, entities 0.936/0.870) and after that
  session's rules from real articles, none written from it (the same); after the rules from heldout_bt,
  none written from it either, entities 0.940/0.874, and the same again on the next session's starting
  code. It stopped being the fresh set when heldout_bv was written; its misses then led to rules on
  German rescue and cleaning services named with their region, a councillor's portfolio named like a
  body, a name with a seat and a canton no gazetteer knows (entities 0.949/0.880, the rest the same).
* heldout_bv.jsonl (28 texts, 7 languages, 253 quotes, 289 figures, 594 entity mentions): written
  blind and scored untouched twice in the session that merged it, on that session's starting code
  (quotes 1.000/1.000, speakers 0.984/0.984, figures 0.990/0.990, entities 0.940/0.891) and after that
  session's rules from real articles, none written from it (the same); after the rules from heldout_bu,
  none written from it either, the same, and the same again on the next session's starting code and
  after that session's changes for speed. That session's helper writing the next fresh set stopped
  without one, and its misses were then looked at all the same: rules on German common nouns that end
  as bodies' names do, a road's direction and number, a square named apart from its word, a Romance
  road or district named with its compass point (entities 0.952/0.897, speakers 0.992/0.992, the rest
  the same). It stopped being the fresh set when heldout_bw was written; its misses then led to rules on
  German villages named by a service from them, near which something happens or in a list of places, a
  country's Red Cross society and a state's ministry named by capitalised adjectives (entities
  0.956/0.912, the rest the same).
* heldout_bw.jsonl (28 texts, 7 languages, 251 quotes, 284 figures, 591 entity mentions): written
  blind and scored untouched on the starting code of the session that merged it (quotes 1.000/1.000,
  speakers 0.996/0.996, figures 0.993/0.989, entities 0.930/0.851) and after that session's change to
  how the workers schedule the stages, which changes no output, and its rules from older sets' misses
  (German villages, a short name a body is "known as", portfolios before a role, Red Cross societies,
  states' ministries), none written from it
  (entities 0.931/0.851, the rest the same). It stopped being the fresh set when heldout_bx was
  written; its misses then led to rules on German districts and ski areas named after their generic
  word, nouns before "von" and a place, words with umlauts no town without them is; a portfolio before
  a minister or a chief; French prepositions opening a sentence; an agency credited with its article
  and its letters; a body's national section; a dateline's hyphenated second word; Italian quarters and
  water utilities; the State of Mexico; Chinese people counted before a body's word; Japanese schools
  of a kind (entities 0.957/0.871, speakers 1.000/1.000, the rest the same).
* heldout_bx.jsonl (28 texts, 7 languages, 258 quotes, 294 figures, 586 entity mentions): written
  blind and scored untouched on the starting code of the session that merged it (quotes 1.000/0.996,
  speakers 0.992/0.988, figures 0.997/0.993, entities 0.923/0.860) and after that session's rules
  from heldout_bw's misses, none written from it (entities 0.925/0.860, the rest the same). It stopped
  being the fresh set when heldout_by was written; its misses led to rules on a country's Red Cross
  society, known bodies holding "the", public services named by two fields and a place, French
  headlands, Italian towns named with their sea and bodies ending with "Administration" (speakers
  0.996/0.992, entities 0.938/0.874, the rest the same).
* heldout_by.jsonl (28 texts, 7 languages, 248 quotes, 285 figures, 589 entity mentions): written
  blind and scored untouched on the starting code of the session that merged it (quotes 0.996/0.996,
  speakers 0.968/0.968, figures 0.993/0.989, entities 0.944/0.866) and after that session's rules from
  what the SemEval-2022 texts showed (social-network promotions, French days in May, clubs named by a
  town of two words, Chinese weekdays after a name, title-case headlines), none written from it (the
  same). It stopped being the fresh set when heldout_bz was written; its misses then led to rules on mines,
  laboratories and Spanish firms named by their trade, "testified" and its Romance forms, French "M."
  before a surname and Spanish bodies of two fields ending with their place (speakers 0.988/0.988,
  entities 0.957/0.874, the rest the same).
* heldout_bz.jsonl (28 texts, 7 languages, 249 quotes, 291 figures, 595 entity mentions): written
  blind and scored untouched on the starting code of the session that merged it (quotes 1.000/1.000,
  speakers 0.980/0.980, figures 0.990/0.993, entities 0.951/0.872) and after that session's rules
  from heldout_bx's later misses, heldout_by's misses and Chinese words for "many", none written from it
  (entities 0.952/0.874, the rest the same). It stopped being the fresh set when heldout_ca was written;
  of its misses, Galician towns that open with their article ("A Fonsagrada") and a tourism board named
  by a village the gazetteer does not know ("Tourismusverband Rauris") led to rules (entities 0.962/0.882).
* heldout_ca.jsonl (28 texts, 7 languages, 246 quotes, 276 figures, 571 entity mentions): written
  blind and scored untouched on the starting code of the session that merged it (quotes 0.996/1.000,
  speakers 0.958/0.963, figures 0.993/0.986, entities 0.947/0.877) and after that session's rules on
  names in katakana and Latin acronyms among Chinese and Japanese characters, none written from it (the
  same). It stopped being the fresh set when heldout_cb was written; of its misses, a municipality after its
  region and a hyphen ("Uckermark-Gemeinde Prenzwalde"), a citizens' group named after that town, a firm named
  again by its first word ("Nordwind Energiepark GmbH … Nordwind") and a works named by what it makes
  ("Uhrenfabrik Aarwerk Horlogerie AG") led to rules (entities 0.949/0.888).
* heldout_cb.jsonl (28 texts, 7 languages, 230 quotes, 259 figures, 554 entity mentions): written
  blind and scored untouched on the starting code of the session that merged it (8f44774: quotes
  0.991/0.996, speakers 0.942/0.943, figures 0.966/0.985, entities 0.894/0.825, under the goal of
  0.90/0.85) and after that session's rules on Galician towns and German tourism boards, taken from
  heldout_bz (the same). It stopped being the fresh set when heldout_cc was written; its misses have not
  been looked at yet.
* heldout_cc.jsonl (28 texts, 7 languages, 226 quotes, 258 figures, 534 entity mentions): written
  blind and scored untouched on the starting code of the session that merged it (c5324d6: quotes
  0.982/1.000, speakers 0.907/0.920, under the goal of 0.95 precision, figures 0.977/0.988, entities
  0.890/0.830, under the goal of 0.90/0.85) and after that session's rules from heldout_ca (the same).
  It stopped being the fresh set when heldout_cd was written; of its misses, words after a quote that
  introduce the next quote, a referee's and a coach's role, "scherza", "de la BEI, Kristina …" (an acronym
  read as the preposition "bei"), Japanese given names in katakana and a Japanese title alone ("被告は")
  led to rules (speakers 0.942/0.956, entities 0.894/0.833).
* heldout_cd.jsonl (28 texts, 7 languages, 226 quotes, 262 figures, 532 entity mentions): written
  blind and scored untouched on the starting code of the session that merged it (41cff6f: quotes
  0.996/1.000, speakers 0.929/0.929, under the goal of 0.95 precision, figures 0.989/0.992, entities
  0.916/0.846, recall under the goal of 0.85) and after that session's rules on dates and page tops from
  heldout_gg and on speakers and names from heldout_cc (speakers 0.933/0.934, the rest the same). It stopped
  being the fresh set when heldout_ce was written; its speaker misses and some of its entity misses were then
  looked at (the person told is no speaker, "N’" opening a name, a person before "dell'" and a lower-case
  body, "the defendant", German perfect participles, "業者", "movimiento"): speakers 0.973/0.978, entities
  0.922/0.863.
* heldout_ce.jsonl (28 texts, 7 languages, 217 quotes, 260 figures, 533 entity mentions): written
  blind and scored untouched on the starting code of the session that merged it (c39dabc: quotes
  0.991/1.000, speakers 0.953/0.963, figures 0.985/0.985, entities 0.916/0.876, the first fresh set to
  meet every goal) and on that session's code at its end (the same). It stopped being the fresh set
  when heldout_cf was written; its speaker misses were then looked at (a Chinese pronoun a few
  characters before the verb, "他賽後說"; athletes named after their sport, "跑手"; "奪得" after a name;
  "escribe", "écrit", "scrive", "schreibt" as speech verbs; Spanish "había dicho"; a defendant named once,
  the one person named without a role): speakers 0.981/0.991, entities 0.916/0.878.
* heldout_cf.jsonl (28 texts, 7 languages, 221 quotes, 255 figures, 532 entity mentions): written
  blind and scored untouched on the starting code of the session that merged it (81350de: quotes
  0.991/0.982, speakers 0.903/0.896, under the goal of 0.95 precision, figures 0.988/0.996, entities
  0.885/0.821, both under the goals of 0.90/0.85) and on that session's code at its end (the same: that
  session's rules were on page-top dates). It stopped being the fresh set when heldout_cg was written;
  a first look at its speaker misses then led to titles abbreviated with a dot ("said Rep. …"):
  speakers 0.907/0.900; a second to admissions as speech verbs ("confesó", "gestand"), a hyphenated
  surname after the verb though its halves are towns, a German woman introduced by her trade after a
  place's adjective ("die Urner Skibergsteigerin …"), no named-once defendant introduced by a trade, and
  the French pluperfect inverted ("avait-elle lancé"): speakers 0.940/0.932, entities 0.889/0.827.
* heldout_cg.jsonl (28 texts, 7 languages, 220 quotes, 235 figures, 507 entity mentions): written
  blind and scored untouched on the starting code of the session that merged it (fb963d6: quotes
  0.986/0.995, speakers 0.918/0.927, figures 0.970/0.979, entities 0.899/0.844, speakers and entities
  under their goals; its figures' units, counted nouns and verbs agreed with the labels 0.983, 0.922
  and 0.761 of the time) and on that session's code at its end (the same, but for the figures' units,
  counted nouns and verbs, 1.000, 0.983 and 0.878 after that session's figure rules, written before
  the set was scored). It stopped being the fresh set when heldout_ch was written; its misses have not
  been looked at.
* heldout_ch.jsonl (28 texts, 7 languages, 208 quotes, 244 figures, 523 entity mentions): written
  blind and scored untouched on the starting code of the session that merged it (4f1f18f: quotes
  0.995/0.990, speakers 0.966/0.962, figures 0.980/0.996, entities 0.901/0.839, every goal met but
  entity recall; units, counted nouns and verbs agreeing 1.000, 0.988 and 0.918) and on that
  session's code when it was merged (the same). It stopped being the fresh set when heldout_ci was
  written; its misses have not been looked at.
* heldout_ci.jsonl (28 texts, 7 languages, 180 quotes, 228 figures, 494 entity mentions): written
  blind and scored untouched on the code of the session that merged it (62bc8ae, session 74, whose
  changes were to speed only): quotes 0.989/0.994, speakers 0.938/0.944 (precision under its goal),
  figures 0.983/0.987, entities 0.914/0.864; units, counted nouns and verbs agreeing 1.000, 0.973 and
  0.849. Session 75 looked at its speaker misses and mended the general rules behind five of them (a
  quote a colon brings in, German compound offices, a name after "called", a party run on into a
  person's name, a Chinese quote after a sentence in which someone speaks): quotes 0.994/0.994,
  speakers 0.972/0.972, entities 0.917/0.868, no other set changed. It stopped being the fresh set then.
* heldout_cj.jsonl (28 texts, 7 languages, 250 quotes, 292 figures, 572 entity mentions): written
  blind and scored untouched on the code of the session that merged it (792c4fc, session 75, after
  the mends heldout_ci's misses led to): quotes 0.988/0.996, speakers 0.931/0.940 (precision under its
  goal), figures 0.983/0.986, entities 0.920/0.825 (recall under its goal); units, counted nouns and
  verbs agreeing 0.993, 0.979 and 0.861. It is the fresh set; its misses have not been looked at.

On 2026-11-25 the sets written before heldout_aw were relabelled to two rules the later sets follow (a
Romance government named with its place is the place; a Chinese or Japanese department after its place
is the place and the department; see GUIDELINES.md): the scores recorded above for those sets were
measured on their labels as they were then. On the same day thirteen older sets that had labelled only
the town of a lower-case French or Italian court (`tribunal correctionnel de Lille`) were relabelled to
the court whole, as the later sets label it (15 courts). On 2026-11-25 too, sixteen sets written
before heldout_ay that had labelled a Swiss dateline's `(sda)` as itself were relabelled to
Keystone-SDA where the article names the agency in full (`© Keystone-SDA`), as the later sets label it
and as the guidelines' short-form rule says, and heldout_d's African Development Bank and its acronym
(labelled by their French name) to the English name the guidelines give international bodies, as
were heldout_ag's and heldout_v's skiing federation (FIS). On 2026-11-25 as well, five sets written
before heldout_bb that had labelled a dam by its bare name (`la presa La Boquilla`, `le barrage de
Vérauche`, `el embalse de Paso Severino`: 7 mentions) were relabelled to its English name with its kind
(La Boquilla Dam, Vérauche Dam, Paso Severino Reservoir), as heldout_bb, heldout_bh and heldout_bo
label dams and the guidelines' usual-English-name rule says.

Floors sit just under what this version measures, so a regression fails. Issue 3's goals are
quotes 0.95/0.90 with the right speaker, figures 0.95/0.90, entities 0.90/0.85; the gaps are
reported in the closing note, not hidden here. Still missing: names a gazetteer, a title or a body's word
does not announce."""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path

import pytest

# the scorer is also a script (python tests/extract/labelled_scoring.py); load it by path, as
# pytest's importlib mode puts no test folder on sys.path
_spec = importlib.util.spec_from_file_location("labelled_scoring", Path(__file__).with_name("labelled_scoring.py"))
labelled_scoring = importlib.util.module_from_spec(_spec)
sys.modules["labelled_scoring"] = labelled_scoring  # its dataclasses look their module up there
_spec.loader.exec_module(labelled_scoring)

pytestmark = pytest.mark.slow

# set → (precision floor, recall floor) of quotes, quotes with their speaker, figures, entities;
# the comment is what this version measures
MEASURES = ("quotes", "speakers", "figures", "entities")
FLOORS = {
    "cases.jsonl": [(0.985, 0.98), (0.975, 0.97), (0.995, 0.99), (0.98, 0.99)],  # .995/.990 .984/.979 1/.995 .988/.995
    "heldout.jsonl": [(0.995, 0.995), (0.995, 0.995), (0.995, 0.995), (0.98, 0.98)],  # 1/1 1/1 1/1 .988/.988
    "heldout_b.jsonl": [(0.995, 0.995), (0.995, 0.995), (0.995, 0.98), (0.96, 0.935)],  # 1/1 1/1 1/.987 .967/.943
    "heldout_c.jsonl": [(0.96, 0.985), (0.935, 0.96), (0.995, 0.96), (0.97, 0.925)],  # .966/.991 .940/.965 1/.968 .977/.930
    "heldout_d.jsonl": [(0.985, 0.975), (0.97, 0.96), (0.99, 0.975), (0.955, 0.905)],  # .992/.983 .975/.967 .995/.979 .959/.909
    # (entity precision .908 before its fictional cities 北河市 and 江川市, which the gold keeps in characters, were
    # found by their unit and named in Pinyin)
    "heldout_e.jsonl": [(0.985, 0.995), (0.975, 0.985), (0.985, 0.985), (0.915, 0.885)],  # .991/1 .983/.991 .995/.995 .919/.890
    "heldout_f.jsonl": [(0.995, 0.985), (0.98, 0.97), (0.99, 0.99), (0.96, 0.925)],  # 1/.993 .986/.979 .995/.995 .966/.933
    "heldout_g.jsonl": [(0.96, 0.985), (0.93, 0.955), (0.995, 0.96), (0.945, 0.925)],  # .969/.994 .938/.964 1/.968 .955/.934
    "heldout_h.jsonl": [(0.985, 0.995), (0.98, 0.985), (0.995, 0.97), (0.915, 0.89)],  # .993/1 .986/.993 1/.975 .924/.898
    "heldout_i.jsonl": [(0.975, 0.995), (0.965, 0.985), (0.99, 0.97), (0.895, 0.85)],  # .979/1 .973/.993 .995/.975 .900/.855
    "heldout_j.jsonl": [(0.995, 0.985), (0.98, 0.97), (0.985, 0.985), (0.94, 0.89)],  # 1/.993 .985/.979 .994/.994 .945/.898
    # (quotes .993 and speakers .971 before its headline, which opens with a film's title in « », was read as one: the
    # title's words count as a quote no one says, as the body's do)
    "heldout_k.jsonl": [(0.985, 0.995), (0.96, 0.97), (0.985, 0.98), (0.93, 0.87)],  # .986/1 .965/.979 .994/.989 .936/.877
    "heldout_l.jsonl": [(0.995, 0.995), (0.995, 0.995), (0.995, 0.995), (0.975, 0.965)],  # 1/1 1/1 1/1 .984/.971
    "heldout_m.jsonl": [(0.995, 0.985), (0.995, 0.985), (0.99, 0.985), (0.955, 0.925)],  # 1/.993 1/.993 .996/.991 .959/.929
    "heldout_n.jsonl": [(0.995, 0.995), (0.98, 0.98), (0.995, 0.97), (0.955, 0.91)],  # 1/1 .987/.987 1/.978 .960/.916
    "heldout_o.jsonl": [(0.995, 0.995), (0.995, 0.995), (0.985, 0.97), (0.93, 0.875)],  # 1/1 1/1 .991/.978 .935/.881
    "heldout_p.jsonl": [(0.995, 0.995), (0.975, 0.975), (0.995, 0.99), (0.94, 0.91)],  # 1/1 .981/.981 1/.996 .947/.919
    "heldout_q.jsonl": [(0.995, 0.985), (0.995, 0.985), (0.995, 0.98), (0.915, 0.915)],  # 1/.994 1/.994 1/.987 .921/.921
    "heldout_r.jsonl": [(0.985, 0.985), (0.975, 0.975), (0.99, 0.98), (0.89, 0.88)],  # .994/.994 .981/.981 .996/.987 .900/.886
    "heldout_s.jsonl": [(0.995, 0.98), (0.995, 0.98), (0.995, 0.99), (0.9, 0.875)],  # 1/.988 1/.988 1/.996 .906/.881
    "heldout_t.jsonl": [(0.985, 0.985), (0.96, 0.96), (0.995, 0.975), (0.91, 0.86)],  # .992/.992 .968/.968 1/.983 .916/.870
    "heldout_u.jsonl": [(0.995, 0.975), (0.995, 0.975), (0.995, 0.98), (0.955, 0.915)],  # 1/.981 1/.981 1/.986 .959/.921
    "heldout_v.jsonl": [(0.995, 0.975), (0.99, 0.97), (0.99, 0.945), (0.945, 0.915)],  # 1/.981 .994/.975 .996/.951 .950/.921
    "heldout_w.jsonl": [(0.995, 0.98), (0.965, 0.955), (0.99, 0.97), (0.905, 0.85)],  # 1/.987 .974/.962 .996/.978 .915/.857
    "heldout_x.jsonl": [(0.995, 0.955), (0.975, 0.94), (0.995, 0.99), (0.925, 0.875)],  # 1/.964 .981/.946 1/.996 .931/.884
    "heldout_y.jsonl": [(0.985, 0.985), (0.985, 0.985), (0.98, 0.975), (0.9, 0.88)],  # .994/.994 .994/.994 .988/.984 .908/.886
    "heldout_z.jsonl": [(0.995, 0.97), (0.955, 0.935), (0.995, 0.965), (0.91, 0.86)],  # 1/.977 .963/.942 1/.974 .918/.866
    "heldout_aa.jsonl": [(0.99, 0.99), (0.975, 0.975), (0.995, 0.98), (0.94, 0.905)],  # .994/.994 .982/.982 1/.987 .947/.909
    "heldout_ab.jsonl": [(0.995, 0.97), (0.985, 0.965), (0.98, 0.965), (0.935, 0.86)],  # 1/.977 .994/.971 .988/.972 .942/.868
    "heldout_ac.jsonl": [(0.995, 0.985), (0.985, 0.98), (0.995, 0.98), (0.915, 0.88)],  # 1/.994 .994/.988 1/.987 .922/.886
    "heldout_ad.jsonl": [(0.995, 0.985), (0.985, 0.975), (0.995, 0.975), (0.91, 0.855)],  # 1/.989 .989/.979 1/.983 .918/.861
    "heldout_ae.jsonl": [(0.99, 0.975), (0.97, 0.96), (0.985, 0.97), (0.9, 0.88)],  # .995/.979 .978/.964 .991/.975 .905/.885
    "heldout_af.jsonl": [(0.99, 0.98), (0.96, 0.95), (0.995, 0.955), (0.905, 0.82)],  # .995/.985 .964/.955 1/.961 .913/.828
    "heldout_ag.jsonl": [(0.995, 0.995), (0.985, 0.985), (0.97, 0.98), (0.925, 0.895)],  # 1/1 .990/.990 .975/.987 .930/.900
    "heldout_ah.jsonl": [(0.985, 0.985), (0.98, 0.98), (0.98, 0.98), (0.94, 0.885)],  # .995/.990 .990/.985 .988/.988 .947/.892
    "heldout_ai.jsonl": [(0.99, 0.99), (0.965, 0.965), (0.99, 0.995), (0.92, 0.855)],  # .995/.995 .969/.969 .996/1 .924/.863
    "heldout_aj.jsonl": [(0.995, 0.985), (0.965, 0.97), (0.965, 0.975), (0.915, 0.865)],  # 1/.990 .985/.976 .974/.982 .924/.870
    "heldout_ak.jsonl": [(0.995, 0.995), (0.975, 0.975), (0.98, 0.975), (0.925, 0.88)],  # 1/1 .983/.983 .986/.982 .932/.885
    "heldout_al.jsonl": [(0.985, 0.99), (0.985, 0.99), (0.955, 0.98), (0.9, 0.865)],  # .991/.996 .991/.996 .961/.987 .908/.870
    "heldout_am.jsonl": [(0.995, 0.99), (0.985, 0.98), (0.99, 0.985), (0.905, 0.845)],  # 1/.996 .992/.987 .996/.992 .912/.854
    "heldout_an.jsonl": [(0.995, 0.99), (0.985, 0.98), (0.985, 0.975), (0.83, 0.785)],  # 1/.996 .991/.987 .992/.983 .836/.794
    "heldout_ao.jsonl": [(0.995, 0.99), (0.98, 0.975), (0.98, 0.975), (0.865, 0.81)],  # 1/.996 .987/.983 .987/.982 .870/.814
    "heldout_ap.jsonl": [(0.995, 0.975), (0.985, 0.97), (0.995, 0.97), (0.94, 0.87)],  # 1/.983 .991/.974 1/.979 .945/.877
    "heldout_aq.jsonl": [(0.99, 0.98), (0.99, 0.98), (0.975, 0.96), (0.955, 0.895)],  # .996/.987 .996/.987 .984/.968 .961/.902
    "heldout_ar.jsonl": [(0.995, 0.98), (0.985, 0.97), (0.995, 0.96), (0.955, 0.915)],  # 1/.987 .991/.978 1/.966 .962/.923
    "heldout_as.jsonl": [(0.995, 0.98), (0.99, 0.975), (0.995, 0.955), (0.94, 0.865)],  # 1/.987 .996/.983 1/.962 .948/.872
    "heldout_at.jsonl": [(0.995, 0.99), (0.98, 0.975), (0.995, 0.955), (0.96, 0.895)],  # 1/.996 .987/.983 1/.961 .967/.904
    "heldout_au.jsonl": [(0.995, 0.995), (0.98, 0.975), (0.985, 0.98), (0.915, 0.865)],  # 1/1 .987/.983 .993/.989 .923/.873
    "heldout_av.jsonl": [(0.995, 0.995), (0.985, 0.985), (0.975, 0.98), (0.945, 0.88)],  # 1/1 .992/.992 .983/.986 .954/.889
    "heldout_aw.jsonl": [(0.995, 0.995), (0.99, 0.99), (0.985, 0.99), (0.94, 0.86)],  # 1/1 .996/.996 .993/.996 .946/.869
    "heldout_ax.jsonl": [(0.995, 0.995), (0.995, 0.995), (0.995, 0.99), (0.835, 0.76)],  # 1/1 1/1 1/.995 .845/.768
    "heldout_ay.jsonl": [(0.995, 0.995), (0.985, 0.985), (0.99, 0.975), (0.92, 0.865)],  # 1/1 .991/.992 .994/.981 .925/.870
    "heldout_az.jsonl": [(0.995, 0.99), (0.995, 0.99), (0.995, 0.995), (0.95, 0.85)],  # 1/.996 1/.996 1/1 .955/.856
    "heldout_ba.jsonl": [(0.995, 0.995), (0.995, 0.995), (0.99, 0.99), (0.91, 0.83)],  # 1/1 1/1 .993/.997 .917/.837
    "heldout_bb.jsonl": [(0.995, 0.995), (0.995, 0.995), (0.995, 0.98), (0.895, 0.84)],  # 1/1 1/1 1/.987 .900/.849
    "heldout_bc.jsonl": [(0.995, 0.99), (0.975, 0.975), (0.99, 0.965), (0.88, 0.795)],  # 1/.996 .983/.979 .993/.972 .889/.801
    "heldout_bd.jsonl": [(0.995, 0.995), (0.985, 0.985), (0.99, 0.98), (0.94, 0.9)],  # 1/1 .991/.991 .993/.986 .946/.906
    "heldout_be.jsonl": [(0.995, 0.995), (0.99, 0.99), (0.99, 0.98), (0.885, 0.785)],  # 1/1 .996/.996 .996/.986 .890/.793
    "heldout_bf.jsonl": [(0.995, 0.995), (0.955, 0.955), (0.995, 0.98), (0.885, 0.755)],  # 1/1 .961/.961 1/.986 .891/.760
    "heldout_bg.jsonl": [(0.99, 0.98), (0.98, 0.97), (0.96, 0.97), (0.885, 0.77)],  # .995/.986 .986/.977 .967/.978 .893/.776
    "heldout_bh.jsonl": [(0.995, 0.985), (0.965, 0.96), (0.97, 0.975), (0.89, 0.83)],  # 1/.991 .974/.966 .978/.984 .896/.839
    "heldout_bi.jsonl": [(0.99, 0.995), (0.975, 0.98), (0.995, 0.975), (0.96, 0.92)],  # .996/1 .983/.987 1/.980 .965/.928
    "heldout_bj.jsonl": [(0.995, 0.99), (0.99, 0.99), (0.995, 0.97), (0.94, 0.885)],  # 1/.996 1/.996 1/.973 .945/.891
    "heldout_bk.jsonl": [(0.995, 0.995), (0.98, 0.98), (0.99, 0.98), (0.885, 0.82)],  # 1/1 .987/.987 .993/.987 .892/.828
    "heldout_bl.jsonl": [(0.995, 0.99), (0.98, 0.975), (0.995, 0.985), (0.895, 0.84)],  # 1/.996 .987/.983 1/.990 .901/.844
    "heldout_bm.jsonl": [(0.995, 0.995), (0.98, 0.98), (0.99, 0.985), (0.89, 0.845)],  # 1/1 .988/.988 .997/.993 .899/.851
    "heldout_bn.jsonl": [(0.995, 0.995), (0.975, 0.975), (0.985, 0.965), (0.92, 0.87)],  # 1/1 .981/.981 .990/.974 .928/.876
    "heldout_bo.jsonl": [(0.99, 0.99), (0.98, 0.98), (0.99, 0.98), (0.945, 0.875)],  # .996/.996 .987/.987 .997/.987 .954/.885
    "heldout_bp.jsonl": [(0.995, 0.985), (0.97, 0.965), (0.99, 0.99), (0.89, 0.84)],  # 1/.991 .978/.970 .996/.993 .895/.842
    "heldout_bq.jsonl": [(0.99, 0.995), (0.96, 0.965), (0.995, 0.99), (0.925, 0.86)],  # .996/1 .966/.970 1/.993 .934/.866
    "heldout_br.jsonl": [(0.995, 0.995), (0.985, 0.985), (0.975, 0.99), (0.895, 0.785)],  # 1/1 .992/.992 .979/.997 .903/.790
    "heldout_bs.jsonl": [(0.995, 0.995), (0.98, 0.98), (0.985, 0.99), (0.915, 0.845)],  # 1/1 .988/.988 .990/.993 .923/.855
    "heldout_bt.jsonl": [(0.995, 0.995), (0.98, 0.98), (0.99, 0.995), (0.95, 0.895)],  # 1/1 .988/.988 .997/1 .959/.905
    "heldout_bu.jsonl": [(0.995, 0.995), (0.985, 0.985), (0.97, 0.985), (0.94, 0.87)],  # 1/1 .992/.992 .976/.990 .949/.880
    "heldout_bv.jsonl": [(0.995, 0.995), (0.985, 0.985), (0.985, 0.985), (0.95, 0.905)],  # 1/1 .992/.992 .990/.990 .956/.912
    "heldout_bw.jsonl": [(0.995, 0.995), (0.995, 0.995), (0.985, 0.98), (0.95, 0.865)],  # 1/1 1/1 .993/.989 .957/.871
    "heldout_bx.jsonl": [(0.995, 0.99), (0.99, 0.985), (0.99, 0.985), (0.93, 0.865)],  # 1/.996 .996/.992 .997/.993 .938/.874
    "heldout_by.jsonl": [(0.99, 0.99), (0.98, 0.98), (0.985, 0.98), (0.95, 0.865)],  # .996/.996 .988/.988 .993/.989 .957/.874
    "heldout_bz.jsonl": [(0.995, 0.995), (0.97, 0.97), (0.985, 0.985), (0.945, 0.875)],  # 1/1 .980/.980 .990/.993 .962/.882
    "heldout_ca.jsonl": [(0.99, 0.995), (0.95, 0.955), (0.985, 0.98), (0.94, 0.88)],  # .996/1 .958/.963 .993/.986 .949/.888
    "heldout_cb.jsonl": [(0.985, 0.99), (0.935, 0.935), (0.96, 0.98), (0.885, 0.82)],  # .991/.996 .942/.943 .966/.985 .894/.825
    "heldout_cc.jsonl": [(0.975, 0.995), (0.945, 0.96), (0.97, 0.98), (0.89, 0.83)],  # .982/1 .951/.969 .977/.988 .894/.833
    "heldout_cd.jsonl": [(0.99, 0.995), (0.965, 0.97), (0.985, 0.985), (0.915, 0.855)],  # .996/1 .973/.978 .989/.992 .922/.863
    "heldout_ce.jsonl": [(0.985, 0.995), (0.975, 0.985), (0.98, 0.98), (0.91, 0.87)],  # .991/1 .981/.991 .985/.985 .916/.878
    "heldout_cf.jsonl": [(0.985, 0.975), (0.935, 0.925), (0.98, 0.99), (0.88, 0.82)],  # .991/.982 .940/.932 .988/.996 .889/.827
    "heldout_cg.jsonl": [(0.98, 0.99), (0.91, 0.92), (0.965, 0.975), (0.89, 0.835)],  # .986/.995 .918/.927 .970/.979 .899/.844
    "heldout_ch.jsonl": [(0.99, 0.985), (0.96, 0.955), (0.975, 0.99), (0.895, 0.835)],  # .995/.990 .966/.962 .980/.996 .901/.839
    "heldout_ci.jsonl": [(0.99, 0.99), (0.97, 0.97), (0.98, 0.98), (0.91, 0.86)],  # .994/.994 .972/.972 .983/.987 .917/.868
    "heldout_cj.jsonl": [(0.985, 0.99), (0.925, 0.935), (0.98, 0.98), (0.915, 0.82)],  # .988/.996 .931/.940 .983/.986 .920/.825
}

_scores: dict[str, dict] = {}


def scores_of(name: str) -> dict:
    if name not in _scores:
        _scores[name] = labelled_scoring.score_all(Path(__file__).parent / "labelled" / name)
    return _scores[name]


@pytest.mark.parametrize(("name", "measure"), [(name, measure) for name in FLOORS for measure in MEASURES])
def test_extraction_stays_above_its_floor(name: str, measure: str) -> None:
    precision, recall = FLOORS[name][MEASURES.index(measure)]
    found = scores_of(name)[measure]
    assert found.precision >= precision and found.recall >= recall, (
        f"{name} {measure}: {found.precision:.3f} / {found.recall:.3f} below {precision} / {recall}"
    )


# what the figures found say besides their value, against the labels, over every set above: the currency or "%" (`unit`),
# what is counted (`counts`), the verb (`verb`). Measured over 20,945 figures paired by value (before heldout_cg): unit 0.999, counts 0.976,
# verb 0.924 (before units written as symbols, Chinese and Japanese currencies and counters of more than one character,
# nothing counted by money, and the list's verbs in German, French, Spanish, Italian and Chinese: 0.980, 0.878, 0.810)
FIGURE_ATTRIBUTE_FLOORS = {"unit": 0.995, "counts": 0.97, "verb": 0.915}


@pytest.mark.parametrize("attribute", FIGURE_ATTRIBUTE_FLOORS)
def test_figures_say_what_they_count_as_labelled(attribute: str) -> None:
    agreeing: Counter = Counter()
    for name in FLOORS:
        agreeing.update(scores_of(name)["figure attributes"])
    share = agreeing[attribute] / agreeing["compared"]
    assert share >= FIGURE_ATTRIBUTE_FLOORS[attribute], f"figures' {attribute}: {share:.3f} of {agreeing['compared']}"
