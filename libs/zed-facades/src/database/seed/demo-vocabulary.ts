/** English and German wording for the generated demo catalog. Brands are fictional on purpose. */
export interface Translated {
  readonly en: string;
  readonly de: string;
}

export type VariantAxis = 'storage_capacity' | 'size' | 'none';

export interface DemoSubcategory {
  readonly key: string;
  readonly name: Translated;
  readonly noun: Translated;
  readonly axis: VariantAxis;
  readonly axisValues: readonly string[];
  readonly priceRange: readonly [number, number];
}

export interface DemoTopCategory {
  readonly key: string;
  readonly name: Translated;
  readonly features: readonly Translated[];
  readonly subcategories: readonly DemoSubcategory[];
}

const STORAGE_PC = ['256 GB', '512 GB', '1 TB', '2 TB'];
const STORAGE_MOBILE = ['64 GB', '128 GB', '256 GB', '512 GB'];

const sub = (
  key: string,
  name: Translated,
  noun: Translated,
  axis: VariantAxis,
  axisValues: readonly string[],
  priceRange: readonly [number, number],
): DemoSubcategory => ({ key, name, noun, axis, axisValues, priceRange });

export const ROOT_CATEGORY = { key: 'root', name: { en: 'Catalog', de: 'Katalog' } } as const;

export const TOP_CATEGORIES: readonly DemoTopCategory[] = [
  {
    key: 'computers',
    name: { en: 'Computers', de: 'Computer' },
    features: [
      { en: 'a bright, colour-accurate display', de: 'ein helles, farbtreues Display' },
      {
        en: 'a fast processor for demanding work',
        de: 'ein schneller Prozessor für anspruchsvolle Aufgaben',
      },
      { en: 'whisper-quiet cooling', de: 'eine flüsterleise Kühlung' },
    ],
    subcategories: [
      sub(
        'notebooks',
        { en: 'Notebooks', de: 'Notebooks' },
        { en: 'Notebook', de: 'Notebook' },
        'storage_capacity',
        STORAGE_PC,
        [49900, 249900],
      ),
      sub(
        'desktop-pcs',
        { en: 'Desktop PCs', de: 'Desktop-PCs' },
        { en: 'Desktop PC', de: 'Desktop-PC' },
        'storage_capacity',
        STORAGE_PC,
        [59900, 299900],
      ),
      sub(
        'monitors',
        { en: 'Monitors', de: 'Monitore' },
        { en: 'Monitor', de: 'Monitor' },
        'size',
        ['24 inch', '27 inch', '32 inch'],
        [14900, 89900],
      ),
    ],
  },
  {
    key: 'cameras',
    name: { en: 'Cameras', de: 'Kameras' },
    features: [
      { en: 'a large sensor for low-light shots', de: 'ein großer Sensor für Aufnahmen bei wenig Licht' },
      { en: 'fast, reliable autofocus', de: 'ein schneller, zuverlässiger Autofokus' },
      { en: 'stabilised 4K video', de: 'stabilisierte 4K-Videoaufnahmen' },
    ],
    subcategories: [
      sub(
        'compact-cameras',
        { en: 'Compact Cameras', de: 'Kompaktkameras' },
        { en: 'Compact Camera', de: 'Kompaktkamera' },
        'none',
        [],
        [19900, 99900],
      ),
      sub(
        'system-cameras',
        { en: 'System Cameras', de: 'Systemkameras' },
        { en: 'System Camera', de: 'Systemkamera' },
        'none',
        [],
        [69900, 349900],
      ),
      sub(
        'action-cameras',
        { en: 'Action Cameras', de: 'Actionkameras' },
        { en: 'Action Camera', de: 'Actionkamera' },
        'none',
        [],
        [14900, 54900],
      ),
      sub(
        'camcorders',
        { en: 'Camcorders', de: 'Camcorder' },
        { en: 'Camcorder', de: 'Camcorder' },
        'none',
        [],
        [29900, 129900],
      ),
    ],
  },
  {
    key: 'smartphones',
    name: { en: 'Smartphones', de: 'Smartphones' },
    features: [
      { en: 'a triple camera with optical zoom', de: 'eine Dreifachkamera mit optischem Zoom' },
      { en: 'a battery that lasts two days', de: 'ein Akku, der zwei Tage durchhält' },
      { en: 'a smooth 120 Hz screen', de: 'ein flüssiger 120-Hz-Bildschirm' },
    ],
    subcategories: [
      sub(
        'android-smartphones',
        { en: 'Android Smartphones', de: 'Android-Smartphones' },
        { en: 'Smartphone', de: 'Smartphone' },
        'storage_capacity',
        STORAGE_MOBILE,
        [19900, 119900],
      ),
      sub(
        'foldable-smartphones',
        { en: 'Foldable Smartphones', de: 'Faltbare Smartphones' },
        { en: 'Foldable Smartphone', de: 'Faltbares Smartphone' },
        'storage_capacity',
        STORAGE_MOBILE,
        [99900, 199900],
      ),
      sub(
        'rugged-smartphones',
        { en: 'Rugged Smartphones', de: 'Outdoor-Smartphones' },
        { en: 'Rugged Smartphone', de: 'Outdoor-Smartphone' },
        'storage_capacity',
        STORAGE_MOBILE,
        [24900, 69900],
      ),
    ],
  },
  {
    key: 'tablets',
    name: { en: 'Tablets', de: 'Tablets' },
    features: [
      { en: 'a large screen for reading and drawing', de: 'ein großer Bildschirm zum Lesen und Zeichnen' },
      { en: 'stylus support', de: 'Unterstützung für Eingabestifte' },
      { en: 'a slim, light design', de: 'ein schlankes, leichtes Design' },
    ],
    subcategories: [
      sub(
        'android-tablets',
        { en: 'Android Tablets', de: 'Android-Tablets' },
        { en: 'Tablet', de: 'Tablet' },
        'storage_capacity',
        STORAGE_MOBILE,
        [19900, 99900],
      ),
      sub(
        'e-readers',
        { en: 'E-Readers', de: 'E-Book-Reader' },
        { en: 'E-Reader', de: 'E-Book-Reader' },
        'storage_capacity',
        ['8 GB', '16 GB', '32 GB'],
        [9900, 29900],
      ),
      sub(
        'drawing-tablets',
        { en: 'Drawing Tablets', de: 'Grafiktabletts' },
        { en: 'Drawing Tablet', de: 'Grafiktablett' },
        'size',
        ['Small', 'Medium', 'Large'],
        [7900, 49900],
      ),
    ],
  },
  {
    key: 'wearables',
    name: { en: 'Wearables', de: 'Wearables' },
    features: [
      { en: 'precise heart-rate tracking', de: 'eine präzise Herzfrequenzmessung' },
      { en: 'built-in GPS', de: 'ein integriertes GPS' },
      { en: 'water resistance to 50 metres', de: 'Wasserdichtigkeit bis 50 Meter' },
    ],
    subcategories: [
      sub(
        'smartwatches',
        { en: 'Smartwatches', de: 'Smartwatches' },
        { en: 'Smartwatch', de: 'Smartwatch' },
        'size',
        ['41 mm', '45 mm', '49 mm'],
        [14900, 79900],
      ),
      sub(
        'fitness-trackers',
        { en: 'Fitness Trackers', de: 'Fitness-Tracker' },
        { en: 'Fitness Tracker', de: 'Fitness-Tracker' },
        'size',
        ['S', 'M', 'L'],
        [3900, 19900],
      ),
    ],
  },
  {
    key: 'audio',
    name: { en: 'Audio', de: 'Audio' },
    features: [
      { en: 'active noise cancelling', de: 'eine aktive Geräuschunterdrückung' },
      { en: 'rich, detailed sound', de: 'ein voller, detailreicher Klang' },
      { en: 'multipoint Bluetooth', de: 'Multipoint-Bluetooth' },
    ],
    subcategories: [
      sub(
        'headphones',
        { en: 'Headphones', de: 'Kopfhörer' },
        { en: 'Headphones', de: 'Kopfhörer' },
        'none',
        [],
        [4900, 44900],
      ),
      sub(
        'wireless-earbuds',
        { en: 'Wireless Earbuds', de: 'Kabellose Ohrhörer' },
        { en: 'Wireless Earbuds', de: 'Kabellose Ohrhörer' },
        'none',
        [],
        [2900, 27900],
      ),
      sub(
        'speakers',
        { en: 'Speakers', de: 'Lautsprecher' },
        { en: 'Bluetooth Speaker', de: 'Bluetooth-Lautsprecher' },
        'none',
        [],
        [3900, 39900],
      ),
      sub(
        'soundbars',
        { en: 'Soundbars', de: 'Soundbars' },
        { en: 'Soundbar', de: 'Soundbar' },
        'none',
        [],
        [12900, 99900],
      ),
    ],
  },
];

export const BRANDS = [
  'Arcadia',
  'Helios',
  'Kestrel',
  'Lumora',
  'Nordtek',
  'Pixelon',
  'Quantix',
  'Soniq',
  'Voltaic',
  'Zentro',
];

export const SERIES = ['Aero', 'Edge', 'Flux', 'Luma', 'Nova', 'Orbit', 'Prime', 'Pulse', 'Vista', 'Zen'];

export const MODEL_SUFFIXES = ['', '', ' Pro', ' Max', ' Lite', ' Plus'];

export const COLORS: readonly Translated[] = [
  { en: 'Black', de: 'Schwarz' },
  { en: 'White', de: 'Weiß' },
  { en: 'Silver', de: 'Silber' },
  { en: 'Blue', de: 'Blau' },
  { en: 'Red', de: 'Rot' },
  { en: 'Green', de: 'Grün' },
  { en: 'Graphite', de: 'Graphit' },
  { en: 'Gold', de: 'Gold' },
];

export const MATERIALS: readonly Translated[] = [
  { en: 'aluminium', de: 'Aluminium' },
  { en: 'recycled plastic', de: 'recyceltem Kunststoff' },
  { en: 'magnesium alloy', de: 'Magnesiumlegierung' },
  { en: 'glass and steel', de: 'Glas und Stahl' },
];
