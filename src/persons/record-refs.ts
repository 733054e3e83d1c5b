import type { PersonRecordType } from './domain/person-enums';
import type { PersonRefDto } from './dto/person-ref.response.dto';
import type { RecordRef } from './person-rows';

const recordKey = (r: RecordRef) => `${r.recordType}:${r.recordId}`;

/** Answers of a batched read over several records: by record, then by person. */
export class RecordRefs {
  private readonly byRecord = new Map<string, Map<string, PersonRefDto>>();

  add(record: RecordRef, ref: PersonRefDto): void {
    const key = recordKey(record);
    const refs = this.byRecord.get(key) ?? new Map<string, PersonRefDto>();
    this.byRecord.set(key, refs.set(ref.id, ref));
  }

  /** personId → ref for the persons read on this record (empty when none). */
  of(recordType: PersonRecordType, recordId: string): ReadonlyMap<string, PersonRefDto> {
    return this.byRecord.get(recordKey({ recordType, recordId })) ?? new Map();
  }
}
