/** A postmortem as data: the front matter's fields, the sections, the action items with positions. */
export interface Position {
  line: number;
  column: number;
}

export interface ActionItem {
  /** 0-based row of the Action Items table. */
  index: number;
  action: string;
  owner: string;
  due: string;
  status: string;
  /** From the front matter entry of the same index. */
  id?: string;
  type?: string;
  priority?: string;
  at: Position;
  cells: Position[];
}

export interface PostmortemFields {
  title: string;
  date: string;
  severity: string;
  author: string;
  status: string;
  started?: string;
  detected?: string;
  resolved?: string;
  duration?: string;
  services?: string[];
  action_items?: { id: string; action?: string; type: string; priority: string }[];
}

/** A link, image or reference definition; `url` as the parser normalised it, `source` as written. */
export interface Link {
  url: string;
  source: string;
  at: Position;
}

export interface Postmortem {
  file: string;
  fields?: Partial<PostmortemFields>;
  /** Whether the fields came from a YAML front matter block (not from the procedures' bold lines). */
  frontMatter?: boolean;
  /**
   * Where a front matter field is, for findings: a field name, or a path into it
   * (`['action_items', 1, 'id']`) for the value itself.
   */
  fieldAt: (field: string | readonly (string | number)[]) => Position;
  title?: { text: string; at: Position };
  /** The bold lines under the title: `**Duration**: 1 hour 50 minutes`. */
  header: { label: string; value: string; at: Position }[];
  sections: { name: string; at: Position; empty: boolean }[];
  timeline: { time: string; at: Position }[];
  actionItems: ActionItem[];
  links: Link[];
  /** The template's placeholders still in the text, one entry per line. */
  placeholders: { texts: string[]; at: Position }[];
  /** The file was refused unread (too large or too deeply nested): its finding says why, no check applies. */
  unread?: true;
}
