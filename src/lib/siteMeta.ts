/** Strings about the site itself. They are ours, not the author's. */
export const siteMeta = {
  /** The essay's title, as the manuscript gives it. */
  title: 'The Unintended Consequence of Expertise',
  /** Our one-line description for search results and social cards. */
  description:
    'An interactive edition of the essay “The Unintended Consequence of Expertise”: why promoting the best crafters into management can lose a great crafter and make an ill-equipped manager, and what parallel career tracks would change.',
  /** Our short label for the edition. */
  edition: 'An interactive edition',
  lang: 'en',
  themeColorLight: '#fbf9f4',
  themeColorDark: '#15140f',
} as const;
