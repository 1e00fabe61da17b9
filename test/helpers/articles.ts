import type { ArticleFile } from '../../lambda/core/types.ts';

/** An article file from text, as a source would hand it over. */
export function articleFile(name: string, text: string | Uint8Array): ArticleFile {
  return { name, bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text };
}

/** Story bodies the project wrote for its tests: plain English news prose with names, places and organisations. */
export const STORY_TEXT = {
  harbour:
    'The city council of Port Elham approved a plan on Monday to rebuild the old harbour wall, which storms damaged last winter. ' +
    'Mayor Alice Brennan said the work would start in spring and cost about 12 million pounds. ' +
    'The Harbour Trust, which manages the port, welcomed the decision and promised to keep the fish market open during the works. ' +
    'Local fishermen had warned that another bad winter could close the harbour for months.',
  rail:
    'A new rail line between Northgate and Easton opened to passengers on Tuesday after six years of construction. ' +
    'The line cuts the journey time from ninety minutes to forty. ' +
    'Transport minister David Okafor rode the first train and praised the engineers of Meridian Rail. ' +
    'Commuters said the trains were clean but crowded.',
  market:
    'Shares in Halden Foods fell sharply on Wednesday after the company cut its profit forecast for the year. ' +
    'Chief executive Maria Lindqvist blamed higher grain prices and a weak summer for ice cream sales. ' +
    'Analysts at Crestwood Bank said the fall was overdone. ' +
    'The company will report full results in March.',
} as const;
