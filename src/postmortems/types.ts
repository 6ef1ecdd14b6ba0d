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

export interface Postmortem {
  file: string;
  fields?: Partial<PostmortemFields>;
  /** Where each front matter field is, for findings (field name → position). */
  fieldAt: (field: string) => Position;
  title?: { text: string; at: Position };
  sections: { name: string; at: Position; empty: boolean }[];
  timeline: { time: string; at: Position }[];
  actionItems: ActionItem[];
  links: { url: string; at: Position }[];
  /** The file was refused unread (too large or too deeply nested): its finding says why, no check applies. */
  unread?: true;
}
