/**
 * The states and territories that send members to Congress, named in English and
 * Spanish as a title is written ("Senator for Illinois", "Senador por Illinois";
 * "Delegate from the District of Columbia", "por el Distrito de Columbia").
 */

export interface Place {
  en: string;
  es: string;
  /** Sends a non-voting Delegate (or, Puerto Rico, a Resident Commissioner) instead of Representatives. */
  territory?: 'delegate' | 'resident-commissioner';
}

export const PLACES: Readonly<Record<string, Place>> = {
  AL: { en: 'Alabama', es: 'Alabama' },
  AK: { en: 'Alaska', es: 'Alaska' },
  AZ: { en: 'Arizona', es: 'Arizona' },
  AR: { en: 'Arkansas', es: 'Arkansas' },
  CA: { en: 'California', es: 'California' },
  CO: { en: 'Colorado', es: 'Colorado' },
  CT: { en: 'Connecticut', es: 'Connecticut' },
  DE: { en: 'Delaware', es: 'Delaware' },
  FL: { en: 'Florida', es: 'Florida' },
  GA: { en: 'Georgia', es: 'Georgia' },
  HI: { en: 'Hawaii', es: 'Hawái' },
  ID: { en: 'Idaho', es: 'Idaho' },
  IL: { en: 'Illinois', es: 'Illinois' },
  IN: { en: 'Indiana', es: 'Indiana' },
  IA: { en: 'Iowa', es: 'Iowa' },
  KS: { en: 'Kansas', es: 'Kansas' },
  KY: { en: 'Kentucky', es: 'Kentucky' },
  LA: { en: 'Louisiana', es: 'Luisiana' },
  ME: { en: 'Maine', es: 'Maine' },
  MD: { en: 'Maryland', es: 'Maryland' },
  MA: { en: 'Massachusetts', es: 'Massachusetts' },
  MI: { en: 'Michigan', es: 'Míchigan' },
  MN: { en: 'Minnesota', es: 'Minnesota' },
  MS: { en: 'Mississippi', es: 'Misisipi' },
  MO: { en: 'Missouri', es: 'Misuri' },
  MT: { en: 'Montana', es: 'Montana' },
  NE: { en: 'Nebraska', es: 'Nebraska' },
  NV: { en: 'Nevada', es: 'Nevada' },
  NH: { en: 'New Hampshire', es: 'Nuevo Hampshire' },
  NJ: { en: 'New Jersey', es: 'Nueva Jersey' },
  NM: { en: 'New Mexico', es: 'Nuevo México' },
  NY: { en: 'New York', es: 'Nueva York' },
  NC: { en: 'North Carolina', es: 'Carolina del Norte' },
  ND: { en: 'North Dakota', es: 'Dakota del Norte' },
  OH: { en: 'Ohio', es: 'Ohio' },
  OK: { en: 'Oklahoma', es: 'Oklahoma' },
  OR: { en: 'Oregon', es: 'Oregón' },
  PA: { en: 'Pennsylvania', es: 'Pensilvania' },
  RI: { en: 'Rhode Island', es: 'Rhode Island' },
  SC: { en: 'South Carolina', es: 'Carolina del Sur' },
  SD: { en: 'South Dakota', es: 'Dakota del Sur' },
  TN: { en: 'Tennessee', es: 'Tennessee' },
  TX: { en: 'Texas', es: 'Texas' },
  UT: { en: 'Utah', es: 'Utah' },
  VT: { en: 'Vermont', es: 'Vermont' },
  VA: { en: 'Virginia', es: 'Virginia' },
  WA: { en: 'Washington', es: 'Washington' },
  WV: { en: 'West Virginia', es: 'Virginia Occidental' },
  WI: { en: 'Wisconsin', es: 'Wisconsin' },
  WY: { en: 'Wyoming', es: 'Wyoming' },
  DC: { en: 'the District of Columbia', es: 'el Distrito de Columbia', territory: 'delegate' },
  PR: { en: 'Puerto Rico', es: 'Puerto Rico', territory: 'resident-commissioner' },
  GU: { en: 'Guam', es: 'Guam', territory: 'delegate' },
  VI: { en: 'the U.S. Virgin Islands', es: 'las Islas Vírgenes de los Estados Unidos', territory: 'delegate' },
  AS: { en: 'American Samoa', es: 'Samoa Americana', territory: 'delegate' },
  MP: { en: 'the Northern Mariana Islands', es: 'las Islas Marianas del Norte', territory: 'delegate' },
};
