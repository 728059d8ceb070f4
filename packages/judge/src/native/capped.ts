/// Keeps the first `limit` bytes of a stream and counts the rest.
export class CappedText {
  private readonly chunks: Buffer[] = [];
  private kept = 0;
  total = 0;
  private readonly limit: number;
  constructor(limit: number) {
    this.limit = limit;
  }
  push(chunk: Buffer): void {
    this.total += chunk.length;
    if (this.kept >= this.limit) return;
    const part = chunk.subarray(0, this.limit - this.kept);
    this.chunks.push(part);
    this.kept += part.length;
  }
  get truncated(): boolean {
    return this.total > this.kept;
  }
  text(): string {
    const body = Buffer.concat(this.chunks).toString("utf8");
    return this.truncated ? `${body}\n… [cut: ${this.total - this.kept} more bytes]` : body;
  }
}
