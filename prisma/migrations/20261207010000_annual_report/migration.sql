
-- CreateTable
CREATE TABLE "AnnualReport" (
    "id" TEXT NOT NULL,
    "yearId" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "issuedOn" DATE NOT NULL,
    "signerName" TEXT NOT NULL,
    "signerTitle" TEXT NOT NULL,
    "recipients" TEXT[],
    "docxFileId" TEXT NOT NULL,
    "pdfFileId" TEXT,
    "issuedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AnnualReport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AnnualReport_yearId_key" ON "AnnualReport"("yearId");

-- CreateIndex
CREATE UNIQUE INDEX "AnnualReport_docxFileId_key" ON "AnnualReport"("docxFileId");

-- CreateIndex
CREATE UNIQUE INDEX "AnnualReport_pdfFileId_key" ON "AnnualReport"("pdfFileId");

-- AddForeignKey
ALTER TABLE "AnnualReport" ADD CONSTRAINT "AnnualReport_yearId_fkey" FOREIGN KEY ("yearId") REFERENCES "EvaluationYear"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnualReport" ADD CONSTRAINT "AnnualReport_docxFileId_fkey" FOREIGN KEY ("docxFileId") REFERENCES "EvidenceFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnualReport" ADD CONSTRAINT "AnnualReport_pdfFileId_fkey" FOREIGN KEY ("pdfFileId") REFERENCES "EvidenceFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnualReport" ADD CONSTRAINT "AnnualReport_issuedById_fkey" FOREIGN KEY ("issuedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- An issued report stays as issued: its number, date, signer, recipients and files cannot change.
CREATE OR REPLACE FUNCTION annual_report_as_issued() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'AnnualReport is kept as issued (UPDATE rejected)';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "AnnualReport_as_issued"
  BEFORE UPDATE ON "AnnualReport"
  FOR EACH ROW EXECUTE FUNCTION annual_report_as_issued();
