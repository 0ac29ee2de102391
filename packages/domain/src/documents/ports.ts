/**
 * The documents' ports: where upload requests and verified versions are recorded (DocumentStore, DynamoDB in the
 * cloud) and where the bytes are (ObjectStorage, S3). Adapters in packages/adapters implement them; in-memory ones
 * (./inMemory.ts) serve the unit tests.
 */
import type { DocumentContentType } from './policy.js';

/** An upload handed out (presigned) and not yet settled: pending until completed, then verified or rejected. */
export interface UploadRecord {
  uploadId: string;
  jurisdiction: string;
  departmentId: string;
  /** The project it is for, when the department names one (its event log then records the version). */
  projectId?: string;
  /** 文件类型 as the application names it (实施方案, 申请入库文件 …). */
  type: string;
  title: string;
  contentType: DocumentContentType;
  /** Declared size in bytes and sha256 (lower-case hex); the stored object must match both. */
  size: number;
  sha256: string;
  incomingKey: string;
  state: 'pending' | 'verified' | 'rejected';
  createdAt: string;
  expiresAt: string;
  createdBy: string;
  settledAt?: string;
  rejection?: { path: string; message: string }[];
}

/** One verified version of a department's document: the bytes are at `key`, named by their sha256. */
export interface VerifiedDocument {
  sha256: string;
  jurisdiction: string;
  departmentId: string;
  type: string;
  title: string;
  contentType: DocumentContentType;
  size: number;
  key: string;
  uploadId: string;
  verifiedAt: string;
  verifiedBy: string;
}

export interface DocumentStore {
  putUpload(u: UploadRecord): Promise<void>;
  getUpload(uploadId: string): Promise<UploadRecord | undefined>;
  /** Settles a pending upload (pending → verified | rejected); false when it was no longer pending. */
  settleUpload(u: UploadRecord): Promise<boolean>;
  /** Records a verified version; a version with the same sha256 already recorded is kept as it is (first wins). */
  putVerified(d: VerifiedDocument): Promise<VerifiedDocument>;
  /** The department's verified versions with these hashes. */
  verified(jurisdiction: string, departmentId: string, sha256s: readonly string[]): Promise<VerifiedDocument[]>;
}

export interface StoredObject {
  size: number;
  sha256: string;
  /** The first bytes (policy.MAGIC_BYTES), for the content-type check. */
  head: Uint8Array;
}

export interface ObjectStorage {
  /** A URL the client PUTs the file to; content type and length are part of the signature. */
  presignPut(key: string, contentType: string, size: number, expiresSeconds: number): Promise<string>;
  presignGet(key: string, expiresSeconds: number, fileName: string): Promise<string>;
  /** Reads the object through once: its size, sha256 and first bytes; undefined when there is none. */
  inspect(key: string): Promise<StoredObject | undefined>;
  /** Copies unless the target exists (a verified version is never overwritten). */
  copyIfAbsent(from: string, to: string, contentType: string): Promise<void>;
  delete(key: string): Promise<void>;
}

export interface DocumentDeps {
  documents: DocumentStore;
  storage: ObjectStorage;
}
