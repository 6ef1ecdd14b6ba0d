/** A Slack-style incoming webhook on 127.0.0.1 that keeps every body posted to it. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Webhook {
  url: string;
  posts: string[];
  close(): Promise<void>;
}

export async function startWebhook(): Promise<Webhook> {
  const posts: string[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      posts.push(body);
      res.end('ok');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    posts,
    close: () => new Promise((r) => server.close(() => r())),
  };
}
