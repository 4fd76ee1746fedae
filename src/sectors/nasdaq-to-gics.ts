/**
 * The NASDAQ companylist sectors and industries mapped to GICS (documented convention, docs/sectors.md):
 * first the NASDAQ industry, where INDUSTRY_TO_GICS names one; else the NASDAQ sector's usual GICS sector
 * (SECTOR_TO_GICS). The tables were written by hand from the industry names and checked against the 2016
 * S&P 500 GICS file on the stocks that are in both files (`capgap sectors --mapping` prints the agreement).
 */
import type { GicsSector } from './gics.ts';

/** The NASDAQ companylist sectors and the GICS sector most of their stocks belong to. */
export const SECTOR_TO_GICS: Readonly<Record<string, GicsSector | null>> = {
  'Basic Industries': 'Materials',
  'Capital Goods': 'Industrials',
  'Consumer Durables': 'Consumer Discretionary',
  'Consumer Non-Durables': 'Consumer Staples',
  'Consumer Services': 'Consumer Discretionary',
  Energy: 'Energy',
  Finance: 'Financials',
  'Health Care': 'Health Care',
  Miscellaneous: null,
  'Public Utilities': 'Utilities',
  Technology: 'Information Technology',
  Transportation: 'Industrials',
};

const CD: GicsSector = 'Consumer Discretionary';
const CS: GicsSector = 'Consumer Staples';
const EN: GicsSector = 'Energy';
const HC: GicsSector = 'Health Care';
const IN: GicsSector = 'Industrials';
const IT: GicsSector = 'Information Technology';
const MA: GicsSector = 'Materials';
const RE: GicsSector = 'Real Estate';
const UT: GicsSector = 'Utilities';

/**
 * NASDAQ industries whose GICS sector differs from their NASDAQ sector's default, by industry name; a key
 * `Sector/Industry` applies only under that sector and wins over the plain industry key.
 */
export const INDUSTRY_TO_GICS: Readonly<Record<string, GicsSector>> = {
  // Real estate
  'Real Estate Investment Trusts': RE,
  'Real Estate': RE,
  'Building operators': RE,
  // Consumer discretionary goods
  Homebuilding: CD,
  'Auto Manufacturing': CD,
  'Auto Parts:O.E.M.': CD,
  'Automotive Aftermarket': CD,
  'Motor Vehicles': CD,
  'Home Furnishings': CD,
  'Consumer Electronics/Appliances': CD,
  'Recreational Products/Toys': CD,
  Apparel: CD,
  'Shoe Manufacturing': CD,
  Textiles: CD,
  'Other Specialty Stores': CD,
  Publishing: CD,
  // Consumer staples
  'Packaged Foods': CS,
  'Beverages (Production/Distribution)': CS,
  'Farming/Seeds/Milling': CS,
  'Food Distributors': CS,
  'Specialty Foods': CS,
  'Package Goods/Cosmetics': CS,
  'Meat/Poultry/Fish': CS,
  'Food Chains': CS,
  Tobacco: CS,
  // Utilities and telecoms
  'Electric Utilities: Central': UT,
  'Power Generation': UT,
  'Water Supply': UT,
  'Natural Gas Distribution': UT,
  'Public Utilities/Telecommunications Equipment': 'Telecommunications Services',
  // Energy
  'Oil/Gas Transmission': EN,
  'Oil & Gas Production': EN,
  'Oil Refining/Marketing': EN,
  'Integrated oil Companies': EN,
  'Oilfield Services/Equipment': EN,
  'Coal Mining': EN,
  // Health care
  'Biotechnology: Laboratory Analytical Instruments': HC,
  'Medical Specialities': HC,
  // Information technology
  Semiconductors: IT,
  'Computer Software: Prepackaged Software': IT,
  'Computer Software: Programming, Data Processing': IT,
  'Computer Manufacturing': IT,
  'Computer Communications Equipment': IT,
  'Computer peripheral equipment': IT,
  'EDP Services': IT,
  'Electronic Components': IT,
  'Miscellaneous/Business Services': IT,
  // Materials
  'Major Chemicals': MA,
  'Specialty Chemicals': MA,
  'Agricultural Chemicals': MA,
  'Precious Metals': MA,
  'Steel/Iron Ore': MA,
  Aluminum: MA,
  'Mining & Quarrying of Nonmetallic Minerals (No Fuels)': MA,
  Paper: MA,
  'Forest Products': MA,
  'Paints/Coatings': MA,
  'Containers/Packaging': MA,
  // Industrials
  'Industrial Machinery/Components': IN,
  'Metal Fabrications': IN,
  'Engineering & Construction': IN,
  'Military/Government/Technical': IN,
  'Environmental Services': IN,
  'Marine Transportation': IN,
  'Air Freight/Delivery Services': IN,
  'Trucking Freight/Courier Services': IN,
  Railroads: IN,
  Aerospace: IN,
  'Multi-Sector Companies': IN,
  'Office Equipment/Supplies/Services': IN,
  // Sector-specific: the most frequent disagreements with the S&P 500 GICS file under these NASDAQ sectors
  'Energy/Metal Fabrications': EN,
  'Energy/Consumer Electronics/Appliances': IN,
  'Transportation/Oil Refining/Marketing': IN,
  Advertising: CD,
};
/** NASDAQ industries filed under the two sector names both schemes use ("Health Care", "Energy"). */
const SHARED_NAME_NASDAQ = new Set([
  'Major Pharmaceuticals',
  'Medical/Dental Instruments',
  'Medical Specialities',
  'Hospital/Nursing Management',
  'Industrial Specialties',
  'Medical/Nursing Services',
  'Other Pharmaceuticals',
  'Medical Electronics',
  'Precision Instruments',
  'Ophthalmic Goods',
  'Oil & Gas Production',
  'Integrated oil Companies',
  'Natural Gas Distribution',
  'Oilfield Services/Equipment',
  'Industrial Machinery/Components',
  'Oil Refining/Marketing',
  'Metal Fabrications',
  'Coal Mining',
  'Consumer Electronics/Appliances',
  'Electric Utilities: Central',
]);

/** True for an industry name only NASDAQ uses, under a sector name both schemes use. */
export function isNasdaqIndustry(industry: string): boolean {
  return SHARED_NAME_NASDAQ.has(industry) || industry.startsWith('Biotechnology:');
}
