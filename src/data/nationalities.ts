/**
 * Nationality and regional adjectives ("French", "Belarusian", "Soviet"): never an
 * entity on their own. Hand-written for nutgraf from common news usage.
 *
 * @internal
 *
 * @example
 * ```ts
 * nationalities.has('Belarusian') // true
 * ```
 */
export const nationalities: ReadonlySet<string> = new Set([
  'Afghan', 'African', 'Albanian', 'Algerian', 'American', 'Angolan', 'Arab', 'Arabian', 'Argentine', 'Argentinian',
  'Armenian', 'Asian', 'Australian', 'Austrian', 'Azerbaijani', 'Azeri', 'Bahraini', 'Balkan', 'Baltic', 'Bangladeshi',
  'Belarusian', 'Belgian', 'Bolivian', 'Bosnian', 'Brazilian', 'British', 'Bulgarian', 'Burmese', 'Cambodian',
  'Cameroonian', 'Canadian', 'Caribbean', 'Catalan', 'Caucasian', 'Chadian', 'Chechen', 'Chilean', 'Chinese', 'Colombian',
  'Congolese', 'Croatian', 'Cuban', 'Cypriot', 'Czech', 'Danish', 'Dutch', 'Ecuadorian', 'Egyptian', 'Emirati', 'English',
  'Eritrean', 'Estonian', 'Ethiopian', 'European', 'Filipino', 'Finnish', 'French', 'Georgian', 'German', 'Ghanaian',
  'Greek', 'Guatemalan', 'Haitian', 'Honduran', 'Hungarian', 'Icelandic', 'Indian', 'Indonesian', 'Iranian', 'Iraqi',
  'Irish', 'Israeli', 'Italian', 'Ivorian', 'Jamaican', 'Japanese', 'Jordanian', 'Kazakh', 'Kenyan', 'Korean', 'Kosovar',
  'Kurdish', 'Kuwaiti', 'Kyrgyz', 'Latin', 'Latvian', 'Lebanese', 'Liberian', 'Libyan', 'Lithuanian', 'Macedonian',
  'Malaysian', 'Malian', 'Maltese', 'Mexican', 'Moldovan', 'Mongolian', 'Moroccan', 'Mozambican', 'Namibian', 'Nepali',
  'Nigerian', 'Nigerien', 'Nordic', 'Norwegian', 'Pakistani', 'Palestinian', 'Panamanian', 'Paraguayan', 'Persian',
  'Peruvian', 'Polish', 'Portuguese', 'Qatari', 'Romanian', 'Russian', 'Rwandan', 'Saudi', 'Scandinavian', 'Scottish',
  'Senegalese', 'Serb', 'Serbian', 'Singaporean', 'Slovak', 'Slovenian', 'Somali', 'South African', 'Soviet', 'Spanish',
  'Sri Lankan', 'Sudanese', 'Swedish', 'Swiss', 'Syrian', 'Taiwanese', 'Tajik', 'Tanzanian', 'Thai', 'Tibetan', 'Tunisian',
  'Turkish', 'Turkmen', 'Ugandan', 'Ukrainian', 'Uruguayan', 'Uzbek', 'Venezuelan', 'Vietnamese', 'Welsh', 'Western',
  'Eastern', 'Yemeni', 'Zambian', 'Zimbabwean', 'Islamic', 'Muslim', 'Christian', 'Jewish', 'Catholic', 'Protestant',
  'Orthodox', 'Moslem', 'Sunni', 'Shiite', 'Shia', 'Hindu', 'Buddhist', 'Republican', 'Democratic', 'Democrat',
])
