-- DropIndex
DROP INDEX "SocialSecurityRecord_idNumber_idx";

-- AlterTable
ALTER TABLE "SocialSecurityRecord" DROP CONSTRAINT "SocialSecurityRecord_pkey",
DROP COLUMN "id",
ADD COLUMN     "id" BIGSERIAL NOT NULL,
ADD CONSTRAINT "SocialSecurityRecord_pkey" PRIMARY KEY ("id");
