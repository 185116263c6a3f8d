import type { SeedOrganisation } from './types'

export const organisations: SeedOrganisation[] = [
  {
    slug: 'nudz',
    name: 'National Institute of Mental Health (Národní ústav duševního zdraví)',
    shortName: 'NUDZ',
    country: 'CZ',
    type: 'research',
    website: 'https://www.nudz.cz',
  },
  {
    slug: 'ecpat-international',
    name: 'ECPAT International',
    shortName: 'ECPAT',
    type: 'ngo',
    website: 'https://ecpat.org',
  },
  {
    slug: 'ecpat-france',
    name: 'ECPAT France',
    country: 'FR',
    type: 'ngo',
  },
  {
    slug: 'eurochild',
    name: 'Eurochild',
    type: 'ngo',
  },
  {
    slug: 'terre-des-hommes-netherlands',
    name: 'Terre des Hommes Netherlands',
    country: 'NL',
    type: 'ngo',
  },
  {
    slug: 'keoogo',
    name: 'Keoogo',
    country: 'BF',
    type: 'ngo',
  },
  {
    slug: 'sos-violences-sexuelles',
    name: 'SOS Violences Sexuelles',
    country: 'CI',
    type: 'ngo',
  },
  {
    slug: 'monde-des-enfants',
    name: 'Monde Des Enfants',
    country: 'GN',
    type: 'ngo',
  },
  {
    slug: 'association-nigerienne-traitement-delinquance',
    name: 'Association Nigérienne pour le Traitement de la Délinquance et la prévention des crimes',
    country: 'NE',
    type: 'ngo',
  },
  {
    slug: 'nspcc',
    name: 'National Society for the Prevention of Cruelty to Children',
    shortName: 'NSPCC',
    country: 'GB',
    type: 'ngo',
  },
  {
    slug: 'savanta',
    name: 'Savanta',
    type: 'industry',
  },
]
