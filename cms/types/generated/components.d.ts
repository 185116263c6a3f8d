import type { Schema, Struct } from '@strapi/strapi';

export interface SharedContactChannel extends Struct.ComponentSchema {
  collectionName: 'components_shared_contact_channel';
  info: {
    description: 'One way to reach a service or initiative: phone, chat, e-mail, website or self-help';
    displayName: 'Contact channel';
  };
  attributes: {
    channel: Schema.Attribute.Enumeration<
      ['phone', 'chat', 'email', 'website', 'self_help']
    > &
      Schema.Attribute.Required;
    label: Schema.Attribute.String;
    value: Schema.Attribute.String & Schema.Attribute.Required;
  };
}

export interface SharedLink extends Struct.ComponentSchema {
  collectionName: 'components_shared_link';
  info: {
    description: 'A labelled link to a page inside or outside the platform';
    displayName: 'Link';
  };
  attributes: {
    label: Schema.Attribute.String & Schema.Attribute.Required;
    url: Schema.Attribute.String & Schema.Attribute.Required;
  };
}

export interface SharedSeo extends Struct.ComponentSchema {
  collectionName: 'components_shared_seo';
  info: {
    description: 'Title, description and share image for search engines and link previews';
    displayName: 'SEO';
  };
  attributes: {
    metaDescription: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 170;
      }>;
    metaTitle: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 70;
      }>;
    shareImage: Schema.Attribute.Media<'images'> &
      Schema.Attribute.SetPluginOptions<{
        i18n: {
          localized: false;
        };
      }>;
  };
}

export interface TaxonomyAddressee extends Struct.ComponentSchema {
  collectionName: 'components_taxonomy_addressee';
  info: {
    description: 'Whom a recommendation addresses';
    displayName: 'Addressee';
  };
  attributes: {
    group: Schema.Attribute.Enumeration<
      [
        'governments',
        'eu_institutions',
        'law_enforcement',
        'tech_companies',
        'health_services',
        'educators',
        'civil_society',
        'researchers',
        'parents_carers',
      ]
    > &
      Schema.Attribute.Required;
  };
}

export interface TaxonomyAudience extends Struct.ComponentSchema {
  collectionName: 'components_taxonomy_audience';
  info: {
    description: 'A group of people something is for';
    displayName: 'Audience';
  };
  attributes: {
    group: Schema.Attribute.Enumeration<
      [
        'researchers',
        'policymakers',
        'practitioners',
        'law_enforcement',
        'educators',
        'health_professionals',
        'social_workers',
        'tech_industry',
        'parents_carers',
        'children_young_people',
        'general_public',
      ]
    > &
      Schema.Attribute.Required;
  };
}

export interface TaxonomyCountry extends Struct.ComponentSchema {
  collectionName: 'components_taxonomy_country';
  info: {
    description: 'A country, ISO 3166-1 alpha-2';
    displayName: 'Country';
  };
  attributes: {
    code: Schema.Attribute.Enumeration<
      [
        'AT',
        'BE',
        'BG',
        'HR',
        'CY',
        'CZ',
        'DK',
        'EE',
        'FI',
        'FR',
        'DE',
        'GR',
        'HU',
        'IE',
        'IT',
        'LV',
        'LT',
        'LU',
        'MT',
        'NL',
        'PL',
        'PT',
        'RO',
        'SK',
        'SI',
        'ES',
        'SE',
        'AL',
        'BA',
        'BF',
        'CA',
        'CH',
        'CI',
        'GB',
        'GN',
        'IS',
        'ME',
        'MK',
        'NE',
        'NO',
        'RS',
        'TR',
        'UA',
        'US',
      ]
    > &
      Schema.Attribute.Required;
  };
}

export interface TaxonomyHelpAudience extends Struct.ComponentSchema {
  collectionName: 'components_taxonomy_help_audience';
  info: {
    description: 'Whom a support service helps';
    displayName: 'Help audience';
  };
  attributes: {
    group: Schema.Attribute.Enumeration<
      [
        'victims_survivors',
        'worried_about_own_thoughts',
        'parents_carers',
        'children_young_people',
        'professionals',
      ]
    > &
      Schema.Attribute.Required;
  };
}

export interface TaxonomyLanguage extends Struct.ComponentSchema {
  collectionName: 'components_taxonomy_language';
  info: {
    description: 'A language, ISO 639-1';
    displayName: 'Language';
  };
  attributes: {
    code: Schema.Attribute.Enumeration<
      [
        'bg',
        'cs',
        'da',
        'de',
        'el',
        'en',
        'es',
        'et',
        'fi',
        'fr',
        'ga',
        'hr',
        'hu',
        'it',
        'lt',
        'lv',
        'mt',
        'nl',
        'pl',
        'pt',
        'ro',
        'sk',
        'sl',
        'sv',
        'ar',
        'no',
        'ru',
        'tr',
        'uk',
      ]
    > &
      Schema.Attribute.Required;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'shared.contact-channel': SharedContactChannel;
      'shared.link': SharedLink;
      'shared.seo': SharedSeo;
      'taxonomy.addressee': TaxonomyAddressee;
      'taxonomy.audience': TaxonomyAudience;
      'taxonomy.country': TaxonomyCountry;
      'taxonomy.help-audience': TaxonomyHelpAudience;
      'taxonomy.language': TaxonomyLanguage;
    }
  }
}
