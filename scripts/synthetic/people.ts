/** Made-up customers per country: names, streets, cities. E-mail domains are `example.*`. */
import type { CustomerType } from '../../src/domain/enums.ts';
import type { Random } from './prng.ts';

interface CountryPeople {
  readonly first: readonly string[];
  readonly last: readonly string[];
  readonly streets: readonly string[];
  /** [city, postal code] pairs. */
  readonly cities: readonly (readonly [string, string])[];
  readonly companySuffix: string;
  readonly tld: string;
}

const PEOPLE: Readonly<Record<string, CountryPeople>> = {
  FR: { first: ['Camille', 'Léa', 'Hugo', 'Chloé', 'Louis', 'Inès', 'Mathis', 'Zoé'], last: ['Martin', 'Bernard', 'Dubois', 'Lefèvre', 'Moreau', 'Fournier', 'Girard', 'Mercier'], streets: ['rue des Lilas', 'avenue Jean Jaurès', 'boulevard Victor Hugo', 'rue de la République', 'impasse des Tilleuls'], cities: [['Roubaix', '59100'], ['Lyon', '69003'], ['Nantes', '44000'], ['Toulouse', '31000'], ['Rennes', '35000']], companySuffix: 'SAS', tld: 'fr' },
  DE: { first: ['Lukas', 'Anna', 'Jonas', 'Lena', 'Felix', 'Mia'], last: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Wagner'], streets: ['Hauptstraße', 'Bahnhofstraße', 'Gartenweg', 'Schillerstraße'], cities: [['Berlin', '10115'], ['München', '80331'], ['Köln', '50667'], ['Saarbrücken', '66111']], companySuffix: 'GmbH', tld: 'de' },
  ES: { first: ['Lucía', 'Hugo', 'Martina', 'Pablo', 'Sofía', 'Álvaro'], last: ['García', 'Fernández', 'López', 'Martínez', 'Sánchez'], streets: ['Calle Mayor', 'Calle de Alcalá', 'Avenida de la Constitución', 'Calle del Sol'], cities: [['Madrid', '28013'], ['Barcelona', '08001'], ['Valencia', '46001'], ['Sevilla', '41001']], companySuffix: 'SL', tld: 'es' },
  IT: { first: ['Giulia', 'Francesco', 'Sofia', 'Alessandro', 'Chiara'], last: ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Colombo'], streets: ['Via Roma', 'Via Garibaldi', 'Corso Italia', 'Via dei Mille'], cities: [['Milano', '20121'], ['Roma', '00184'], ['Torino', '10121'], ['Bologna', '40121']], companySuffix: 'Srl', tld: 'it' },
  PL: { first: ['Anna', 'Piotr', 'Katarzyna', 'Tomasz', 'Zofia'], last: ['Nowak', 'Kowalski', 'Wiśniewska', 'Wójcik', 'Kamiński'], streets: ['ul. Długa', 'ul. Piotrkowska', 'ul. Marszałkowska', 'ul. Swobodna'], cities: [['Warszawa', '00-001'], ['Kraków', '30-001'], ['Wrocław', '50-001'], ['Gdańsk', '80-001']], companySuffix: 'Sp. z o.o.', tld: 'pl' },
  PT: { first: ['Rita', 'João', 'Beatriz', 'Tiago', 'Inês'], last: ['Silva', 'Santos', 'Ferreira', 'Sousa', 'Costa'], streets: ['Rua Augusta', 'Rua de Santa Catarina', 'Avenida da Liberdade'], cities: [['Lisboa', '1100-053'], ['Porto', '4000-447'], ['Braga', '4700-001']], companySuffix: 'Lda', tld: 'pt' },
  NL: { first: ['Daan', 'Emma', 'Sem', 'Julia', 'Lotte'], last: ['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'Bakker'], streets: ['Prinsengracht', 'Oudegracht', 'Kerkstraat', 'Dorpsstraat'], cities: [['Amsterdam', '1016 GV'], ['Utrecht', '3511 AZ'], ['Rotterdam', '3011 AD']], companySuffix: 'BV', tld: 'nl' },
  IE: { first: ['Aoife', 'Seán', 'Niamh', 'Conor', 'Saoirse'], last: ["O'Brien", 'Murphy', 'Kelly', 'Walsh', 'Byrne'], streets: ['Main Street', 'Church Road', 'Strand Road'], cities: [['Dublin', 'D02 X285'], ['Cork', 'T12 R2NC'], ['Galway', 'H91 E2K3']], companySuffix: 'Ltd', tld: 'ie' },
  GB: { first: ['Oliver', 'Amelia', 'Harry', 'Isla', 'George'], last: ['Smith', 'Jones', 'Taylor', 'Bennett', 'Evans'], streets: ['High Street', 'Mill Lane', 'Station Road', 'Victoria Road'], cities: [['London', 'N1 9GU'], ['Leeds', 'LS6 2AB'], ['Bristol', 'BS1 4DJ']], companySuffix: 'Ltd', tld: 'co.uk' },
  TN: { first: ['Yassine', 'Amira', 'Mehdi', 'Salma'], last: ['Ben Salah', 'Trabelsi', 'Gharbi', 'Jebali'], streets: ['rue de Marseille', 'avenue Habib Bourguiba', 'rue de Rome'], cities: [['Tunis', '1000'], ['Sfax', '3000'], ['Sousse', '4000']], companySuffix: 'SARL', tld: 'tn' },
  SN: { first: ['Awa', 'Moussa', 'Fatou', 'Ibrahima'], last: ['Diop', 'Ndiaye', 'Fall', 'Sow'], streets: ['rue Carnot', 'avenue Cheikh Anta Diop', 'rue Mohamed V'], cities: [['Dakar', '10200'], ['Thiès', '21000'], ['Saint-Louis', '32000']], companySuffix: 'SARL', tld: 'sn' },
  CA: { first: ['Étienne', 'Olivia', 'Liam', 'Chloé', 'Noah'], last: ['Tremblay', 'Gagnon', 'Roy', 'Smith', 'Wilson'], streets: ['rue Saint-Denis', 'King Street West', 'avenue du Parc'], cities: [['Montréal', 'H2J 2L4'], ['Toronto', 'M5H 1K4'], ['Québec', 'G1R 4P5']], companySuffix: 'Inc.', tld: 'ca' },
};

export interface MadeUpCustomer {
  readonly name: string;
  readonly email: string;
  readonly street: string;
  readonly postalCode: string;
  readonly city: string;
  readonly nichandle: string;
}

function ascii(text: string): string {
  return text.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase();
}

/** The account holder's name for each kind of customer. */
function holderName(random: Random, type: CustomerType, first: string, last: string, city: string, suffix: string): string {
  const french = suffix === 'SAS' || suffix === 'SARL';
  switch (type) {
    case 'individual': return `${first} ${last}`;
    case 'corporation': return `${last} ${random.pick(['Digital', 'Consulting', 'Studio', 'Data', 'Web'])} ${suffix}`;
    case 'association': return french ? `Association ${random.pick(['Open Source', 'Numérique', 'Photo'])} de ${city}` : `${city} ${random.pick(['Open Source', 'Photo', 'Code'])} Club`;
    case 'administration': return french ? `${random.pick(['Mairie de', 'Médiathèque de'])} ${city}` : `${random.pick(['Municipality of', 'Public Library of'])} ${city}`;
    case 'other': return `${first} ${last} — ${random.pick(['EI', 'Freelance', 'Studio'])}`;
  }
}

export function makeCustomer(random: Random, country: string, type: CustomerType): MadeUpCustomer {
  const company = type !== 'individual';
  const people = PEOPLE[country] ?? PEOPLE['FR'];
  if (people === undefined) throw new Error('no people pool for FR');
  const first = random.pick(people.first);
  const last = random.pick(people.last);
  const [city, postalCode] = random.pick(people.cities);
  const name = holderName(random, type, first, last, city, people.companySuffix);
  const slug = company ? ascii(name).slice(0, 18) : `${ascii(first)}.${ascii(last)}`;
  const email = company ? `contact@${slug}.example` : `${slug}@example.${people.tld}`;
  const nichandle = `${ascii(first).slice(0, 1)}${ascii(last).slice(0, 1)}${random.int(10000, 99999)}-ovh`;
  return { name, email, street: `${random.int(1, 180)} ${random.pick(people.streets)}`, postalCode, city, nichandle };
}

/** A plausible, made-up service name for a line. */
export function serviceName(random: Random, kind: string, customer: MadeUpCustomer, tld: string): string | undefined {
  const hex = (): string => random.int(0x10000000, 0x7fffffff).toString(16);
  switch (kind) {
    case 'vps': return `vps-${hex()}.vps.ovh.net`;
    case 'server': return `ns${random.int(3000000, 5999999)}.ip-${random.int(51, 57)}-${random.int(68, 255)}-${random.int(1, 254)}.eu`;
    case 'cloud': return `b3-8-gra11-${hex().slice(0, 4)}.cloud.ovh.net`;
    case 'site': return `${ascii(customer.name).slice(0, 14)}-${random.int(10, 99)}.${tld}`;
    default: return undefined;
  }
}

export function topLevelDomain(country: string): string {
  return PEOPLE[country]?.tld ?? 'com';
}
