/** Whether a warm process answers on a socket, and what it says of itself. */
import { connect } from 'node:net';
import { jsonLines, type Answer } from './protocol.js';

/** Its `pong`, or `undefined` when nothing listens there (or it does not answer within `ms`). */
export function pingDaemon(socket: string, ms = 5_000): Promise<Extract<Answer, { kind: 'pong' }> | undefined> {
  return ask(socket, { kind: 'ping' }, ms) as Promise<Extract<Answer, { kind: 'pong' }> | undefined>;
}

/** `refused`: nothing accepts there (no socket, or one a killed process left); `accepted`: something listens, answering or not. */
export function probeSocket(socket: string): Promise<'refused' | 'accepted'> {
  return new Promise((resolve) => {
    const conn = connect(socket);
    conn.once('connect', () => {
      conn.destroy();
      resolve('accepted');
    });
    conn.once('error', () => resolve('refused'));
  });
}

/** Sends one message and resolves to the first answer, or `undefined`. */
export function ask(socket: string, message: object, ms = 5_000): Promise<Answer | undefined> {
  return new Promise((resolve) => {
    const conn = connect(socket);
    const timer = setTimeout(() => {
      conn.destroy();
      resolve(undefined);
    }, ms);
    const done = (answer: Answer | undefined) => {
      clearTimeout(timer);
      conn.destroy();
      resolve(answer);
    };
    conn.on('error', () => done(undefined));
    conn.on('connect', () => conn.write(`${JSON.stringify(message)}\n`));
    conn.on('data', jsonLines((m) => done(m as Answer)));
    conn.on('end', () => done(undefined));
  });
}
