import { Module } from '@nestjs/common';

import { DocumentRenderer } from './document-renderer';

/** Document rendering (PDF, XLSX). Import it in the module that serves a document. */
@Module({ providers: [DocumentRenderer], exports: [DocumentRenderer] })
export class ReportsModule {}
